def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
// sex and age come from the DICOM headers: the manifest has only image, patient_id and Effusion
expect("[INFO] Read sex, age from the DICOM headers of 120 of 120 images (<dicomAttributes>; the manifest's value wins where it has one).")
expect("[INFO] Evaluating model.onnx on 120 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).")
// the planted gap, found in groups that exist only in the headers: TPR 0.600 for F, 0.900 for M
assert log =~ /\[INFO\]   F +60 +30 +30 +[0-9.]+ +0\.600 +0\.100 /
assert log =~ /\[INFO\]   M +60 +30 +30 +[0-9.]+ +0\.900 +0\.100 /
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300, but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)")
// the build's error names the violated rule after its first line
expect("check (default) on project dicom-attributes-from-headers: Fairness checks have not been met. See log for details.\n"
        + "[ERROR] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300, but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)\n[ERROR] -> [Help 1]")
assert !log.contains('disagree')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == false
assert json.labels[0].groupings*.name == ['sex', 'age']
assert json.labels[0].groupings[0].groups*.name.sort() == ['F', 'M']
assert json.labels[0].groupings[1].groups*.name.sort() == ['0-60', '60+']
def predictions = new File(basedir, 'target/fairness/predictions.csv').readLines()
assert predictions[0] == 'id,true_Effusion,score_Effusion,sex,age'
assert predictions.size() == 121
// every row has a sex and an age in years from its header (e.g. 006M is 0.5, 052W is 0.9966)
assert predictions.drop(1).every { it ==~ /images\/\d{5}\.dcm,[01],[0-9.]+,[FM],(34|47|58|61|72|85|0\.5|0\.9966)/ }
