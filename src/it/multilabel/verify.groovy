def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] Evaluating model.onnx on 160 images from manifest.csv (device cpu, batch 16, input 3x32x32 (NCHW)).")
expect("[INFO] Effusion by sex (threshold 0.500):")
expect("[INFO] Atelectasis by sex (threshold 0.500):")
expect("[INFO] Cardiomegaly by sex (threshold 0.500):")
expect("[INFO] All fairness checks have been met.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.labels*.label == ['Effusion', 'Atelectasis', 'Cardiomegaly']
assert json.rules.size() == 3 : 'a rule without <label> applies to every label'
assert json.rules*.label == ['Effusion', 'Atelectasis', 'Cardiomegaly']
def header = new File(basedir, 'target/fairness/predictions.csv').readLines()[0]
assert header == 'id,true_Effusion,score_Effusion,true_Atelectasis,score_Atelectasis,true_Cardiomegaly,score_Cardiomegaly,sex'
