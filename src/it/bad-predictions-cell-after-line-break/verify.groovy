def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
// line 1 header, 2 a row, 3 blank, 4-5 one row whose quoted id holds a line break, 6 the bad age (not row + 2 = 4)
expect("check (default) on project bad-predictions-cell-after-line-break: " + "predictions.csv, line 6, column 'age': expected a number, found 'sixty'. Fix the value, or remove the bins of 'age' to treat it as categorical." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
