import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
def evaluating = '[INFO] Evaluating model.onnx on 12 images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).'
def reusing = ~/\[INFO\] Reusing the stored evaluation of model\.onnx on 12 images from manifest\.csv: model, manifest, images and configuration are unchanged \(key [0-9a-f]{12}\)\./
def again = '[INFO] Evaluating again: the model changed since the stored evaluation.'

// build 1 evaluates, build 2 reuses (and does not evaluate), build 3 evaluates the replaced model
def first = log.indexOf(evaluating)
assert first >= 0 : 'build 1 did not evaluate'
def reuse = (log =~ reusing)
assert reuse.find() : 'build 2 did not reuse the stored evaluation'
assert reuse.start() > first
def changed = log.indexOf(again)
assert changed > reuse.start() : 'build 3 did not say why it evaluates again'
assert log.indexOf(evaluating, reuse.start()) > changed : 'build 3 did not evaluate'
assert log.count(evaluating) == 2 : 'exactly builds 1 and 3 evaluate'
assert log.count('All fairness checks have been met.') == 3

// the result of build 3 is the retrained model's
def sha = MessageDigest.getInstance('SHA-256').digest(new File(basedir, 'retrained/model.onnx').bytes).encodeHex().toString()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.model.sha256 == sha
assert json.data.samples == 12
def key = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/cache/evaluation.json'))
assert key.key.model == sha
assert key.key.imagesBy == 'size+mtime'
assert key.predictionsFile ==~ /predictions-[0-9a-f]{16}\.csv/
assert new File(basedir, 'target/fairness/cache/' + key.predictionsFile).readLines().size() == 13
// one predictions file: the earlier evaluations' were removed when the key was replaced
assert new File(basedir, 'target/fairness/cache').list().sort() == ['evaluation.json', key.predictionsFile]
