def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
// the planted improvement: 3 of F's missed positives detected, the TPR difference by sex falls by 0.030
expect("[INFO] Change within limit for label 'Effusion', attribute 'sex': TPR difference fell from 0.040 to 0.010 (-0.030, 95% CI -0.068 to +0.000; allowed increase 0.020)")
expect("[INFO] Change within limit for label 'Effusion', attribute 'sex', group 'M': AUC stayed at 0.919 (+0.000, 95% CI +0.000 to +0.000; allowed decrease 0.050)")
expect("[INFO] All fairness checks have been met.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == true
assert json.changeRules*.status == ['passed', 'passed']
