def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'a user error must not print a stack trace'

// build 1 passed with the model's <mean>/<std>
def passed = log.indexOf('[INFO] All fairness checks have been met.')
assert passed >= 0 : 'build 1 did not pass'

// build 2, without them: the scores are all above the threshold (the warning says what that probably means), and
// they differ from the training framework's; the build lists the images that differ most and fails
def warning = log.indexOf("[WARNING] Degenerate scores for Effusion: all 200 images score at or above the threshold 0.500 (scores 0.6118 to 0.7543), so every image is predicted positive and the rates by group say nothing about the model. This is what a model produces when its images are prepared differently from training (a forgotten <mean>/<std> in <preprocessing>, a wrong channel order) or when it was exported in training mode. Compare <preprocessing> with the training code (a reference score column, <referenceColumnPrefix>, checks it image by image), or set this label's threshold if it lies outside the model's score range.")
assert warning > passed : 'build 2 did not warn about its degenerate scores'
expect("[WARNING] Export parity of Effusion (column 'reference_Effusion', 200 images): mean |difference| 2.9e-01, largest 5.8e-01 (manifest-reference.csv, line 189, id images/00187.png): 200 of 200 images differ by more than <referenceTolerance> 1.0e-04. The images that differ most:")
expect("[WARNING]   manifest-reference.csv, line 189 (id images/00187.png): reference 0.030709, plugin 0.611779, difference 5.8e-01")
expect("[WARNING]   manifest-reference.csv, line 114 (id images/00112.png): reference 0.034586, plugin 0.614695, difference 5.8e-01")
def failure = log.indexOf("check (default) on project bad-parity-forgotten-normalisation: Export parity failed: the plugin's scores of Effusion differ from column 'reference_Effusion' by up to 5.8e-01 (manifest-reference.csv, line 189), beyond <referenceTolerance> 1.0e-04 (the images that differ most are listed above). The plugin does not reproduce the trained model's scores, so no metric is computed from them. Check <preprocessing> (<mean>/<std>, channel order, size and resize) against the training code, and export the model in evaluation mode (model.eval() before exporting); raise <referenceTolerance> only if differences this large are expected. -> [Help 1]")
assert failure > warning : 'build 2 did not fail on export parity'
assert log.indexOf('Fairness checks have not been met', passed) < 0 : 'no rule is judged on scores that failed parity'

// nothing of the passing build 1 claims to be build 2's result
def out = new File(basedir, 'target/fairness')
['fairness.json', 'predictions.csv', 'report.html'].each { name ->
    assert !new File(out, name).exists() : name + ' of the passing build 1 was left after build 2 failed'
}
true
