def log = new File(basedir, 'build.log').text
def fifo = new File(basedir, 'testset/images/pipe.png').canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
// found from the file's type, before anything is opened: opening a FIFO without a writer would block the build
expect("check (default) on project bad-image-fifo: " + "manifest.csv, line 2, column 'image': image path 'images/pipe.png' is a FIFO (named pipe), not a regular file (" + fifo + "); expected an image file. Give the path of a PNG or JPEG file, or remove the row." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
