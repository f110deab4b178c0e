def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
// the quoted cell's line break is shown as \n inside the one error line, not as a line of its own
expect("check (default) on project bad-cell-forges-log-line: " + "predictions.csv, line 3, column 'true_Effusion': expected 0 or 1 (or true/false, yes/no), found '1\\n[INFO] BUILD SUCCESS'. Fix the value or remove the row." + " -> [Help 1]")
assert !log.readLines().any { it.startsWith('[INFO] BUILD SUCCESS') } : 'a manifest cell forged a log line'
