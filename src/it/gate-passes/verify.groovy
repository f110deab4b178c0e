def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] All fairness checks have been met.")
expect("[INFO] Effusion by sex×age (threshold 0.500):")
assert !log.contains('Rule violated')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == true
assert json.verdict.met == 2
assert json.labels[0].groupings*.name == ['sex', 'age', 'sex×age']
def f = json.labels[0].groupings[0].groups.find { it.name == 'F' }
assert f.metrics.tpr.value == 0.6d
assert f.metrics.n.value == 100d
