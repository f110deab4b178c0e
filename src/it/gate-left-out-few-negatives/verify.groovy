def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[WARNING] Group 'A' left out of the FPR difference rule for label 'Finding', attribute 'site': 5 negatives are fewer than the 10 that FPR needs (minClassCount).")
expect("[WARNING] Rule could not be evaluated for label 'Finding', attribute 'site': FPR difference is undefined (fewer than 2 groups with a defined value (1 of 1)).")
expect("[INFO] Rule met for label 'Finding', attribute 'site': TPR difference is 0.000 (95% CI ")
expect("[INFO] † fewer than 10 cases of the class the metric rests on (minClassCount), shown in brackets: no interval, and left out of rules on that metric.")
def rowA = log.readLines().find { it.startsWith('[INFO]   A  ') }
assert rowA != null
assert rowA.startsWith('[INFO]   A           40     35      5  0.800 (5 neg)†       0.800 (') : rowA
assert rowA.contains('  0.200 (5 neg)†  ') : 'the FPR from 5 negatives shows the count, not an interval: ' + rowA
expect("[WARNING] Fairness checks: 1 of 2 rules met, 1 could not be evaluated (onMissing=warn). The build passes; set <onMissing>fail</onMissing> to fail it instead.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.settings.minClassCount == 10
def a = json.labels[0].groupings[0].groups.find { it.name == 'A' }
assert a.metrics.fpr.fewCases == [class: 'negatives', cases: 5, minClassCount: 10]
assert a.metrics.tpr.fewCases == null
def fpr = json.rules.find { it.metric == 'fpr' }
assert fpr.status == 'undetermined'
assert fpr.excludedGroups == [[group: 'A', n: 40, reason: '5 negatives are fewer than the 10 that FPR needs (minClassCount)']]
assert json.rules.find { it.metric == 'tpr' }.excludedGroups == []
def report = new File(basedir, 'target/fairness/report.html').text
assert report.contains('(5 neg) †')
