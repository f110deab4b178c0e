def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect("[INFO] Model 'probe': Rule met for label 'Effusion', attribute 'sex': TPR difference is 0.040 (95% CI 0.000–0.146; maximum 0.050) ('M' 0.840, 'F' 0.800)")
// the TPR rule names probe alone: full (TPR difference 0.090) is not held to it
assert !log.contains("Model 'full': Rule violated")
expect("[INFO] Model 'full': Rule met for label 'Effusion', attribute 'sex': AUC difference is 0.095 (95% CI 0.021–0.169; maximum 0.200) ('M' 0.919, 'F' 0.824)")
expect("[INFO] Comparison of Effusion (paired bootstrap, 95% CIs; Δ: the model minus probe on the same images):")
assert log =~ /\[INFO\]   model  AUC +accuracy +F1 +TPR difference by sex +AUC difference by sex/
// each model's own gap has the interval of its own rule line (MOVER-Jeffreys / max-t), not a percentile of |gap| replicates
expect("[INFO]   probe  0.896 (0.865–0.927)        0.860 (0.825–0.893)        0.854 (0.814–0.891)        0.040 (0.000–0.146)        0.047 (0.000–0.110)")
expect("[INFO]   full   0.872 (0.834–0.906)        0.848 (0.813–0.883)        0.839 (0.798–0.876)        0.090 (0.000–0.200)        0.095 (0.021–0.169)")
expect("[INFO]     Δ    -0.024 (-0.047 to -0.005)  -0.012 (-0.025 to -0.003)  -0.015 (-0.030 to -0.003)  +0.050 (+0.011 to +0.102)  +0.048 (+0.010 to +0.099)")
expect("[INFO] All fairness checks have been met.")
def out = new File(basedir, 'target/fairness')
def json = new groovy.json.JsonSlurper().parse(new File(out, 'fairness.json'))
assert json.models*.name == ['probe', 'full']
assert json.models[0].rules.size() == 2 && json.models[1].rules.size() == 1
assert json.comparison.reference == 'probe'
// each model's own files; scores read from a predictions file are not written again
assert new File(out, 'models/full/fairness.json').isFile() && new File(out, 'models/probe/fairness.json').isFile()
assert !new File(out, 'models/probe/predictions.csv').exists() && !new File(out, 'predictions.csv').exists()
assert new File(out, 'report.html').text.contains('<svg')
