def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)")
expect("[WARNING] Fairness checks have not been met. See log for details. The build goes on because fairness.failOnViolation is false.")
expect("BUILD SUCCESS")
