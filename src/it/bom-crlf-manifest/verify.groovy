def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] Evaluating model.onnx on 12 images from manifest-bom-crlf.csv (device cpu, batch 16, input 1x32x32 (NCHW)).")
expect("[INFO] All fairness checks have been met.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.data.samples == 12
assert json.data.groupings[0].groups*.name == ['F', 'M'] : 'the BOM must not leak into the first column or values'
