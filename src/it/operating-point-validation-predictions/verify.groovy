def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def json = { new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json')) }
assert log =~ /\[INFO\] Read 200 validation predictions from .*validation\.csv to choose thresholds on\./
expect("[INFO] Threshold of Effusion: 0.475, chosen by target FPR 0.200 on the validation set (TPR 0.780, FPR 0.200 there).")
expect("[INFO] Effusion by sex (threshold 0.475, target FPR 0.200 on the validation set):")
expect("[INFO] Intervals: 90% CIs, 200 bootstrap replicates, seed 7: per group Wilson score for counted rates (TPR, FPR, PPV, NPV, accuracy, ...), percentile of the replicates for the others (AUC, F1, ...), resampled within group (and true class for class-conditional metrics such as AUC); gaps max-t, simultaneous over each rule's comparisons: of counted rates, two groups' difference or ratio by MOVER with their Jeffreys bounds, a group against the overall line by MOVER on the group and the rest of the line, a group's own value by Wilson score; of AUC and F1, a group against the overall line with the logit scale's shape and the bootstrap SD's width; any other comparison (two groups' AUC or F1, ...) ± max-t × bootstrap SD.")
expect("[INFO] Rule met for label 'Effusion', attribute 'sex': FPR difference is 0.000 (90% CI 0.000–0.101; maximum 0.500) ('F' 0.100, 'M' 0.100)")
def result = json()
def op = result.labels[0].operatingPoint
assert op.method == 'targetFpr' && op.targetRate == 0.2d && op.chosenOn == 'validation set'
assert op.threshold == result.labels[0].threshold
assert op.fpr <= 0.2d
assert result.settings.validationSource.endsWith('validation.csv')
assert result.settings.bootstrap.replicates == 200 && result.settings.bootstrap.confidenceLevel == 0.9d && result.settings.bootstrap.seed == 7
