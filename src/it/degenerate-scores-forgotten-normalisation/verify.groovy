def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def warning = "Degenerate scores for Effusion: all 200 images score at or above the threshold 0.500 (scores 0.6118 to 0.7543), so every image is predicted positive and the rates by group say nothing about the model. This is what a model produces when its images are prepared differently from training (a forgotten <mean>/<std> in <preprocessing>, a wrong channel order) or when it was exported in training mode. Compare <preprocessing> with the training code (a reference score column, <referenceColumnPrefix>, checks it image by image), or set this label's threshold if it lies outside the model's score range."
expect("[WARNING] " + warning)
// what the warning is for: TPR is 1 in every group, so the planted 0.300 TPR gap passes the rule unseen
expect("[INFO] All fairness checks have been met.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.warnings == [warning]
assert json.exportParity == null
def report = new File(basedir, 'target/fairness/report.html').text
assert report.contains('Degenerate scores for Effusion') : 'the report shows the warning'
