def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] Evaluating image_encoder.onnx on 200 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).")
expect("[INFO] Zero-shot: softmax scoring, ensemble embedding-mean, logit scale 10.000 (exp(logit_scale = 2.3025851) of image_encoder.onnx); 2 prompts for 2 classes, encoded by text_encoder.onnx with tokenizer.json.")
// with two classes the softmax is the pair score: the planted gap of zero-shot-gate-fails-planted-gap, 0.300
// (one class per image: the interval resamples within group and true class, so it differs a little)
expect("[WARNING] Rule violated for label 'effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)")
expect("check (default) on project zero-shot-softmax-gate-fails-planted-gap: Fairness checks have not been met. See log for details.\n"
        + "[ERROR] Rule violated for label 'effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)\n"
        + "[ERROR] -> [Help 1]")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == false
def zs = json.model.zeroShot
assert zs.mode == 'softmax' && zs.ensemble == 'embedding-mean'
assert Math.abs(zs.logitScale.value - 10.0) < 1e-9 && zs.logitScale.source == 'exp(logit_scale = 2.3025851) of image_encoder.onnx'
assert zs.classes*.label == ['effusion', 'normal']
assert zs.classes*.prompts == [['a chest x-ray showing pleural effusion'], ['a chest x-ray showing no pleural effusion']]
// softmax over the classes: one probability per class, summing to 1 on every row
def rows = new File(basedir, 'target/fairness/predictions.csv').readLines()
def header = rows[0].split(',') as List
def e = header.indexOf('score_effusion'), n = header.indexOf('score_normal')
assert e >= 0 && n >= 0 : header
assert rows.size() == 201
rows.drop(1).each { r -> def c = r.split(','); assert Math.abs(c[e].toDouble() + c[n].toDouble() - 1) < 1e-6 : r }
true
