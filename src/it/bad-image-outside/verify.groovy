def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-image-outside: " + "manifest-outside.csv, line 2, column 'image': image path '../planted-gap/images/00000.png' resolves to " + data + "/planted-gap/images/00000.png, outside the image root " + data + "/small (symbolic links are followed). Move the image into the image root (or a subfolder), or set <imageRoot> to a folder that contains it." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
