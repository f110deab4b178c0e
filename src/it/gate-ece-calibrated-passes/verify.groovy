def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
// 'M' is a sample where the test is significant (p = 0.009; about 1 in 50 calibrated groups of 200 get p < 0.01),
// but its ECE beyond what a calibrated model shows at n = 200 (0.044) is within the limit: the rule is met
expect("[INFO] Rule met for label 'Finding', attribute 'sex': ECE worst group value is 0.112 (maximum 0.050 for the debiased ECE, not significantly exceeded; calibration test over 2 groups at family-wise 95% (each at p < 0.0253), 999 draws): 'F' ECE 0.077, calibrated 0.070, debiased 0.007, p = 0.322; 'M' ECE 0.112, calibrated 0.068, debiased 0.044, p = 0.009")
expect("[INFO] All fairness checks have been met.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
def rule = json.rules[0]
assert rule.status == 'passed'
assert rule.gateOn == 'significant'
assert rule.calibrationTest.method == 'consistency resampling'
assert rule.calibrationTest.groups*.group == ['F', 'M']
assert rule.calibrationTest.groups*.exceeds == [false, false]
assert rule.calibrationTest.groups.every { it.draws == 999 && it.n == 200 }
assert rule.value.ci == null : 'the biased ECE interval does not decide, so it is not shown for the rule'
def report = new File(basedir, 'target/fairness/report.html').text
assert report.contains('<li>M: ECE 0.112; a calibrated model would show 0.068; debiased 0.044; p = 0.009</li>')
