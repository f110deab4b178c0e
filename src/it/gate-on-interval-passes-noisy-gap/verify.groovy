def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def json = { new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json')) }
// a point rule with this maximum would fail (0.300 > 0.250); gated on significance the interval decides
expect("[INFO] Rule met for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451; maximum 0.250) ('M' 0.900, 'F' 0.600); gateOn significant: the lower bound 0.135 is not above the maximum, so the gap is not significantly above it")
expect("[INFO] Rule met for label 'Effusion', attribute 'sex': AUC difference is 0.117 (95% CI 0.000–0.235; maximum 0.300) ('M' 0.899, 'F' 0.782); gateOn certain: even the upper bound 0.235 is not above the maximum, so the gap is certainly within it")
expect("[INFO] All fairness checks have been met.")
assert !log.contains('Rule violated')
def result = json()
assert result.verdict.passed == true
assert result.rules*.gateOn == ['significant', 'certain']
assert result.rules[0].value.value > 0.25 && result.rules[0].value.ci.lower < 0.25
