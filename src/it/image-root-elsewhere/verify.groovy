def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness')
expect("[INFO] Evaluating model.onnx on 200 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).")
expect("[INFO] All fairness checks have been met.")
// ids are the image paths relative to the image root
def csv = new File(basedir, 'target/fairness/predictions.csv').readLines()
assert csv[0] == 'id,true_Effusion,score_Effusion,sex'
// (the CSV writer quotes long cells)
assert csv[1].startsWith('"planted-gap/images/00000.png",1,') : csv[1]
assert csv.size() == 201
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == true
