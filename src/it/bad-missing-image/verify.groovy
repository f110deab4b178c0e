def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-missing-image: " + "manifest-missing-image.csv, line 3, column 'image': image file not found: " + data + "/small/images/does-not-exist.png. Fix the path (relative to the image root " + data + "/small) or remove the row." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
