def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-manifest-is-directory: " + "Test set manifest " + data + "/small is a directory, not a CSV file. Set <manifest> to the CSV file that lists the images (e.g. " + data + "/small/manifest.csv)." + " -> [Help 1]")
