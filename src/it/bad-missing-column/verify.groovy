def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-missing-column: " + "manifest-missing-column.csv, line 1: column 'sex' not found; found columns: 'image', 'patient_id', 'age', 'Effusion'. Add the column to the file or fix <attributes>." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
