def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
// float32 against the generator's exact scores: about 1e-7 here (the last digits may differ between CPUs)
def parity = (log =~ /\[INFO\] Export parity of Effusion \(column 'reference_Effusion', 200 images\): mean \|difference\| (\S+), largest (\S+) \(manifest-reference\.csv, line \d+, id images\/\d{5}\.png\), within <referenceTolerance> 1\.0e-04\./)
assert parity.find() : 'build.log lacks the export parity line'
assert Double.parseDouble(parity.group(1)) < 1e-5 && Double.parseDouble(parity.group(2)) < 1e-5 : parity.group(0)
expect("[INFO] All fairness checks have been met.")
assert !log.contains('Degenerate scores')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.exportParity.tolerance == 1.0e-4d
assert json.exportParity.labels*.column == ['reference_Effusion']
assert json.exportParity.labels[0].beyondTolerance == 0
assert json.exportParity.labels[0].largestDifferences.size() == 5
assert json.warnings == []
def report = new File(basedir, 'target/fairness/report.html').text
assert report.contains('Export parity, Effusion') : 'the report states the parity'
