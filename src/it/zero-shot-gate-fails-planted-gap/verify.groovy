def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] Evaluating image_encoder.onnx on 200 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).")
expect("[INFO] Zero-shot: pair scoring, ensemble embedding-mean, logit scale 10.000 (exp(logit_scale = 2.3025851) of image_encoder.onnx); 2 prompts for 1 finding, encoded by text_encoder.onnx with tokenizer.json.")
// the same rule line as the planted-gap classifier's (gate-fails-planted-gap): same decisions, same intervals
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)")
// the build's error: the first line as always, then the violated rule
expect("check (default) on project zero-shot-gate-fails-planted-gap: Fairness checks have not been met. See log for details.\n"
        + "[ERROR] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)\n"
        + "[ERROR] -> [Help 1]")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == false
assert json.model.file.endsWith('image_encoder.onnx')
def zs = json.model.zeroShot
assert zs.mode == 'pair' && zs.ensemble == 'embedding-mean'
assert Math.abs(zs.logitScale.value - 10.0) < 1e-9 && zs.logitScale.source == 'exp(logit_scale = 2.3025851) of image_encoder.onnx'
assert zs.textSide == 'encoded by text_encoder.onnx with tokenizer.json'
assert zs.classes.size() == 1
assert zs.classes[0].label == 'Effusion' && zs.classes[0].name == 'pleural effusion'
assert zs.classes[0].templates == ['a chest x-ray showing {}']
assert zs.classes[0].negativeTemplates == ['a chest x-ray showing no {}']
assert zs.classes[0].prompts == ['a chest x-ray showing pleural effusion']
assert zs.classes[0].negativePrompts == ['a chest x-ray showing no pleural effusion']
def report = new File(basedir, 'target/fairness/report.html').text
assert report.contains('a chest x-ray showing no pleural effusion') : 'the report shows the prompts'
