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
// the scores came from <predictions>: no predictions.csv repeats them (the writer's formula marks are unit-tested)
assert !new File(basedir, 'target/fairness/predictions.csv').exists()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == false
