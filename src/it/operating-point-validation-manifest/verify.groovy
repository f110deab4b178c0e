def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def json = { new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json')) }
// the test set, then the validation set (here the same images, so the threshold is the test set's own Youden point)
expect("[INFO] Scoring the validation set manifest.csv to choose thresholds on.")
assert log.count("[INFO] Evaluating model.onnx on 200 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).") == 2
expect("[INFO] Threshold of Effusion: 0.551, chosen by Youden's J on the validation set (TPR 0.750, FPR 0.100 there).")
expect("[INFO] Effusion by sex (threshold 0.551, Youden's J on the validation set):")
// without the bootstrap the rule line has no interval
expect("[INFO] Rule met for label 'Effusion', attribute 'sex': AUC difference is 0.117 (maximum 0.500) ('M' 0.899, 'F' 0.782)")
assert !log.contains('Intervals:')
def result = json()
assert result.labels[0].operatingPoint.method == 'youden'
assert result.settings.bootstrap.replicates == 0
assert result.labels[0].overall.auc.ci == null
