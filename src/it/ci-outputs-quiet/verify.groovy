def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
assert !log.contains('[INFO]') && !log.contains('[WARNING]') : '-q shows errors only'

// the build's error: the first line as always, then the violated rule, so that -q shows what failed
expect("[ERROR] Failed to execute goal dev.fairness:fairness-maven-plugin:0.1.0-SNAPSHOT:check (default) on project ci-outputs-quiet: Fairness checks have not been met. See log for details.\n"
        + "[ERROR] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)\n"
        + "[ERROR] -> [Help 1]")

// the CI files of the failing run
def out = new File(basedir, 'target/fairness')
def suite = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-fairness.xml'))
assert suite.@tests == '1' && suite.@failures == '1' && suite.@skipped == '0'
assert suite.testcase[0].@name == 'rule 1: TPR difference by sex for Effusion ≤ 0.100'
assert suite.testcase[0].@classname == 'fairness.model_onnx.Effusion'
assert suite.testcase[0].failure.@message == "Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)"
def summary = new File(out, 'summary.md').text
assert summary.startsWith('## ✗ Fairness checks not met\n\nModel model.onnx, 200 samples: 0 of 1 rule met, 1 violated, 0 undetermined.\n')
assert summary.contains('| 1 | ✗ violated | TPR difference | Effusion | sex | 0.300 (0.135–0.451) | ≤ 0.100 | point | M 0.900, F 0.600 |\n')
def metrics = new File(out, 'metrics.txt').text
assert metrics.endsWith('fairness_verdict_passed{model="model.onnx"} 0\n# EOF\n')
assert metrics.contains('fairness_group_metric{model="model.onnx",label="Effusion",grouping="sex",group="F",metric="tpr"} 0.600\n')

// GITHUB_STEP_SUMMARY: appended after what an earlier step wrote
assert new File(basedir, 'step-summary.md').text == '# Earlier step\n\n' + summary
