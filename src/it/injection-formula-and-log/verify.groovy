def log = new File(basedir, 'build.log').getText('UTF-8')
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness')
// the log: no forged line, no raw escape character; both shown visibly, in the table and in the rule line
assert !log.readLines().any { it.startsWith('[INFO] BUILD SUCCESS') } : 'a manifest cell forged a log line'
// (Maven itself may write a colour reset, ESC[0m, at start-up even in batch mode: look for the cell's sequence)
assert !log.contains('\u001b[31m') : 'an ANSI escape sequence from a cell reached the log'
assert log =~ /\[INFO\]   F\\n\[INFO\] BUILD SUCCESS +100 +50 +50 /
assert log =~ /\[INFO\]   \\u001b\[31mM\\u001b\[0m +100 +50 +50 /
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300, but expected maximum is 0.100 ('\\u001b[31mM\\u001b[0m' 0.900, 'F\\n[INFO] BUILD SUCCESS' 0.600)")
// predictions.csv: formula-like ids carry a ' and are quoted; -3 is a plain number and stays as it is
def csv = new File(basedir, 'target/fairness/predictions.csv').getText('UTF-8')
assert csv =~ /(?m)^"'=1\+1",1,/
assert csv =~ /(?m)^-3,1,/
assert csv =~ /(?m)^"'@x",[01],/
assert csv =~ /(?m)^"'\+SUM\(A1:A9\)",[01],/
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == false
