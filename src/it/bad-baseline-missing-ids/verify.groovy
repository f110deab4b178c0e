def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("on project bad-baseline-missing-ids: The baseline predictions " + data + "/compare/baseline-missing-ids.csv do not cover the same images as the test set: 3 of the test set's 400 ids are missing there ('img0397', 'img0398', 'img0399'), and 0 of its 397 ids are not in the test set. A baseline must be scored on the same test set with the same labels: write it with fairness:baseline from this test set, or point <baseline> at such predictions.")
