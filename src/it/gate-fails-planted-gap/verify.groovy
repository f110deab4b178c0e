def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)")
expect("[INFO] Evaluating model.onnx on 200 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).")
// the build's error names the violated rule after its first line
expect("check (default) on project gate-fails-planted-gap: Fairness checks have not been met. See log for details.\n"
        + "[ERROR] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)\n[ERROR] -> [Help 1]")
// the per-group table: n, positives, negatives; TPR 0.600 for F and 0.900 for M, FPR 0.100 for both; each with its interval
expect("[INFO] Intervals: 95% CIs, 1000 bootstrap replicates, seed 42: per group Wilson score for counted rates (TPR, FPR, PPV, NPV, accuracy, ...), percentile of the replicates for the others (AUC, F1, ...), resampled within group (and true class for class-conditional metrics such as AUC); gaps max-t, simultaneous over each rule's comparisons: of counted rates, two groups' difference or ratio by MOVER with their Jeffreys bounds, a group against the overall line by MOVER on the group and the rest of the line, a group's own value by Wilson score; of AUC and F1, a group against the overall line with the logit scale's shape and the bootstrap SD's width; any other comparison (two groups' AUC or F1, ...) ± max-t × bootstrap SD.")
expect("[INFO]   F          100     50     50  0.782 (0.688–0.870)  0.600 (0.462–0.724)  0.100 (0.043–0.214)  0.857 (0.706–0.937)  0.706 (0.575–0.804)  0.091 (0.077–0.196)")
assert log =~ /\[INFO\]   M +100 +50 +50 +[0-9.]+ \([0-9.]+–[0-9.]+\) +0\.900 \(0\.786–0\.957\) +0\.100 \(0\.043–0\.214\) +/
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.schemaVersion == 3
assert json.verdict.passed == false
assert json.verdict.violated == 1
assert json.rules[0].status == 'violated'
assert Math.abs(json.rules[0].value.value - 0.3) < 1e-12
// the gap's interval, derived from the simultaneous (MOVER-Jeffreys) interval of the signed difference 'F' - 'M' (rounded as logged)
assert Math.abs(json.rules[0].value.ci.lower - 0.135) < 5e-4 && Math.abs(json.rules[0].value.ci.upper - 0.451) < 5e-4
assert json.rules[0].intervalMethod == 'max-t'
assert json.rules[0].comparisons.size() == 1 && json.rules[0].comparisons[0].first == 'F' && json.rules[0].comparisons[0].second == 'M'
assert Math.abs(json.rules[0].comparisons[0].estimate + 0.3) < 1e-9 && Math.abs(json.rules[0].comparisons[0].upper + 0.135) < 5e-4
assert json.rules[0].gateOn == 'point'
assert json.settings.bootstrap.replicates == 1000
assert json.labels[0].operatingPoint.method == 'fixed'
assert json.rules[0].message == "Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)"
assert json.model.sha256 ==~ /[0-9a-f]{64}/
assert json.data.samples == 200
def predictions = new File(basedir, 'target/fairness/predictions.csv').readLines()
assert predictions[0] == 'id,true_Effusion,score_Effusion,sex,age'
assert predictions.size() == 201
