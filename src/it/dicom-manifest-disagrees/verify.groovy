def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
// line 2 says 'M', the header of its image says 'F': the manifest wins, with a warning naming row, file and values
expect("[WARNING] manifest-disagree.csv, line 2: column 'sex' is 'M' but image " + data + "/dicom/images/00000.dcm has PatientSex (0010,0040) 'F' in its DICOM header; the manifest's value is used.")
expect("[WARNING] 1 manifest value disagrees with the DICOM headers (sex: 1). The manifest's values are used; correct whichever is wrong.")
// line 3 agrees with its header; the other 118 rows have an empty cell and take the header's value
assert log.count("in its DICOM header") == 1
expect("[INFO] Read sex, age from the DICOM headers of 120 of 120 images (<dicomAttributes>; the manifest's value wins where it has one).")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
def groups = json.labels[0].groupings[0].groups
assert groups.find { it.name == 'F' }.metrics.n.value == 59d
assert groups.find { it.name == 'M' }.metrics.n.value == 61d
assert json.verdict.passed == true
