def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a rule violation must not print a stack trace'
// the planted regression: 5 of F's detected positives missed, the TPR difference by sex grows by exactly +0.050
expect("[WARNING] Regression for label 'Effusion', attribute 'sex': TPR difference grew from 0.040 to 0.090 (+0.050, 95% CI +0.011 to +0.102), but the allowed increase is 0.020")
// every absolute rule passes: the build fails on the change alone
expect("[INFO] Rule met for label 'Effusion', attribute 'sex': TPR difference is 0.090 (95% CI 0.000–0.200; maximum 0.100) ('M' 0.840, 'F' 0.750)")
assert !log.contains('Rule violated')
expect("[INFO] Change within limit for label 'Effusion', attribute 'sex', group 'F': AUC fell from 0.872 to 0.824 (-0.048, 95% CI -0.099 to -0.010; allowed decrease 0.050)")
expect("[INFO] Comparison of Effusion (paired bootstrap, 95% CIs; Δ: the model minus baseline on the same images):")
expect("[INFO]     Δ        -0.024 (-0.047 to -0.005)  -0.012 (-0.025 to -0.003)  -0.015 (-0.030 to -0.003)  +0.050 (+0.011 to +0.102)")
expect("check (default) on project compare-baseline-regression: Fairness checks have not been met. See log for details.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.schemaVersion == 3
assert json.verdict.passed == false
assert json.models*.name == ['baseline', 'candidate']
assert json.models[0].role == 'baseline' && json.models[0].outputDirectory == 'baseline'
assert json.baseline.predictionsSha256 ==~ /[0-9a-f]{64}/
assert json.changeRules.size() == 2
assert json.changeRules[0].status == 'violated' && json.changeRules[0].maxIncrease == 0.02
assert Math.abs(json.changeRules[0].change.value - 0.05) < 1e-9
assert json.changeRules[0].message.startsWith("Regression for label 'Effusion'")
assert new File(basedir, 'target/fairness/baseline/fairness.json').isFile()
assert new File(basedir, 'target/fairness/report.html').text.contains('id="fr-comparison"')

// the change rules in the CI files: a JUnit test case each (the regression a failure with its line), the summary's
// changes table, the paired change in metrics.txt; a regression fails their verdict though every absolute rule passes
def out = new File(basedir, 'target/fairness')
def suite = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-fairness.xml'))
assert suite.@tests == '3' && suite.@failures == '1' && suite.@skipped == '0'
assert suite.testcase[1].@name == 'change 1: TPR difference by sex for Effusion, increase ≤ 0.020 against the baseline'
assert suite.testcase[1].failure.@message == "Regression for label 'Effusion', attribute 'sex': TPR difference grew from 0.040 to 0.090 (+0.050, 95% CI +0.011 to +0.102), but the allowed increase is 0.020"
assert suite.testcase[2].@name == 'change 2: AUC of each group by sex for Effusion, decrease ≤ 0.050 against the baseline'
def summary = new File(out, 'summary.md').text
assert summary.startsWith('## ✗ Fairness checks not met\n')
assert summary.contains('| 1 | ✗ violated | candidate | Effusion | TPR difference by sex | – | 0.040 | 0.090 | +0.050 (+0.011 to +0.102) | increase ≤ 0.020 | point |\n')
assert summary.contains('| 2 | ✓ met | candidate | Effusion | AUC of each group by sex | F | 0.872 | 0.824 | -0.048 (-0.099 to -0.010) | decrease ≤ 0.050 | point |\n')
def metrics = new File(out, 'metrics.txt').text
// the evaluated model has one name in every CI file: its run's, as its rule and change cases carry it
assert summary.contains('Model candidate, ')
assert metrics.contains('fairness_overall_metric{model="candidate",label="Effusion",metric="auc"}')
assert metrics.contains('fairness_change{model="candidate",change="1",label="Effusion",attribute="sex",measure="tpr",compares="gap",gap="difference",direction="increase",gate_on="point"} 0.050\n')
assert metrics.endsWith('fairness_verdict_passed{model="candidate"} 0\n# EOF\n')
