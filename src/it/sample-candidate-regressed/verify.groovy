def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects\.\.\./).drop(1) // one part per invocation
assert runs.size() == 2 : "two builds of the sample expected, found " + runs.size()
def regressed = runs[0]
def committed = runs[1]
assert !log.contains('\tat dev.fairness') : 'a rule violation must not print a stack trace'

// 1. the planted-regression candidate: the change rule fails with the exact line ...
assert regressed.contains("[INFO] Evaluating candidate-regressed.onnx on 240 images from manifest.csv")
def regression = "Regression for label 'Effusion', attribute 'sex': TPR difference grew from 0.017 to 0.067 (+0.050, 95% CI +0.000 to +0.114), but the allowed increase is 0.020"
assert regressed.contains("[WARNING] " + regression)
assert regressed.contains("check (fairness-gate) on project sample-project: Fairness checks have not been met. See log for details.\n[ERROR] " + regression + "\n")
// ... while every absolute rule is met
assert !regressed.contains('Rule violated')
assert regressed.contains("[INFO] Rule met for label 'Effusion', attribute 'sex': AUC difference is 0.011 (95% CI 0.000–0.102; maximum 0.050) ('M' 0.889, 'F' 0.878)")
assert regressed.contains("[INFO] Rule met for label 'Effusion', attribute 'age': TPR difference is 0.033 (95% CI 0.000–0.167; maximum 0.100) ('0-60' 0.850, '60+' 0.817)")
assert regressed.contains("[INFO] Rule met for label 'Effusion', attribute 'sex': equalized odds difference is 0.067 (95% CI 0.000–0.218; maximum 0.100) ('M' 0.867, 'F' 0.800)")
assert regressed.contains("[INFO] Change within limit for label 'Effusion', attribute 'sex', group 'F': AUC stayed at 0.878 (+0.000, 95% CI +0.000 to +0.000; allowed decrease 0.020)")

// 2. the committed candidate passes, with the comparison in the log
assert committed.contains("[INFO] Evaluating candidate.onnx on 240 images from manifest.csv")
assert committed.contains("[INFO] Comparison of Effusion (paired bootstrap, 95% CIs; Δ: the model minus baseline on the same images):")
assert committed.contains("[INFO] Change within limit for label 'Effusion', attribute 'sex': TPR difference fell from 0.017 to 0.000 (-0.017, 95% CI -0.049 to +0.038; allowed increase 0.020)")
assert committed.contains("[INFO] All fairness checks have been met.")
assert !committed.contains('Regression for') && !committed.contains('Rule violated')
