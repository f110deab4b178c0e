def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] Skipping fairness check because property fairness.skip is set.")
assert !new File(basedir, 'target/fairness').exists()
