def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-unknown-label: " + "manifest-bad-label.csv, line 6, column 'Effusion': expected 0 or 1 (or true/false, yes/no), found 'maybe'. Fix the value or remove the row." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
