def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] Rule met for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451; maximum 0.350) ('M' 0.900, 'F' 0.600); inconclusive: the 95% CI straddles the maximum, so this test set cannot decide the rule at its size; about 913 images per group would (the smallest group, n = 100, scaled by (distance from the value to the CI bound beyond the limit 0.151 / to the limit 0.050)²)")
expect("[INFO] All fairness checks have been met.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
def rule = json.rules[0]
assert rule.status == 'passed'
assert rule.inconclusive.imagesPerGroup == 913
assert rule.inconclusive.smallestGroup == 100
assert rule.inconclusive.estimate == 'smallestGroup * (boundDistance / distanceToLimit)^2'
assert rule.message.contains('; inconclusive: the 95% CI straddles the maximum')
def report = new File(basedir, 'target/fairness/report.html').text
assert report.contains('Inconclusive: the 95% CI straddles the limit, so this test set cannot decide the rule at its size; about 913 images per group would')
