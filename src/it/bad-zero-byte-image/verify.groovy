def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-zero-byte-image: " + "manifest-zero-byte.csv, line 3: image " + data + "/small/images/zero-byte.png is empty (0 bytes). Replace it with a valid PNG or JPEG file, or remove the row." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
