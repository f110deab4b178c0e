def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
def evaluating = "[INFO] Evaluating image_encoder.onnx on 200 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW))."
expect(evaluating)
expect("[INFO] Zero-shot: pair scoring, ensemble logit-mean, logit scale 1.000 (configured); 4 prompts for 1 finding, read from prompt_embeddings.json.")
expect("[INFO] Rule met for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451; maximum 0.500) ('M' 0.900, 'F' 0.600)")
assert log =~ /\[INFO\] Reusing the stored evaluation of image_encoder\.onnx on 200 images from manifest\.csv: model, manifest, images and configuration are unchanged \(key [0-9a-f]{12}\)\./
assert log.count(evaluating) == 1 : 'the second build reuses the scores'
assert log.count('All fairness checks have been met.') == 2
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict.passed == true
def zs = json.model.zeroShot
assert zs.mode == 'pair' && zs.ensemble == 'logit-mean' && zs.logitScale.value == 1.0 && zs.logitScale.source == 'configured'
assert zs.textSide == 'read from prompt_embeddings.json'
assert zs.classes[0].prompts == ['a chest x-ray showing pleural effusion', 'pleural effusion']
assert zs.classes[0].negativePrompts == ['a chest x-ray showing no pleural effusion', 'no pleural effusion']
// the scores are pair probabilities with scale 1: within (0, 1), never 0 or 1
def rows = new File(basedir, 'target/fairness/predictions.csv').readLines().drop(1)
assert rows.size() == 200
for (row in rows) {
    def score = row.split(',')[2] as double
    assert score > 0.1 && score < 0.9 : row
}
