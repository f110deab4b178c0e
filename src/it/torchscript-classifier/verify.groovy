def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
assert !log.contains('publish.djl.ai') && !log.contains('Downloading jni') : 'DJL must not download anything'
// DJL's own log lines stay out of the build log at the default level (they describe DJL's internals)
['Failed to detect GPU count', 'Found matching platform', 'graph executor optimizer', 'inter-op threads',
 'intra-op threads'].each { assert !log.contains(it) : "DJL's own line in the build log: " + it }
expect("[WARNING] CUDA is not available (the PyTorch natives are the CPU build); running on CPU. Set <device>cpu</device> to silence this warning.")
expect("[INFO] Evaluating classifier.pt on 160 images from manifest.csv (device cpu, batch 16, input 3x32x32 (NCHW)).")
expect("[INFO] Effusion by sex (threshold 0.500):")
expect("[INFO] Cardiomegaly by sex (threshold 0.500):")
expect("[INFO] All fairness checks have been met.")
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.labels*.label == ['Effusion', 'Atelectasis', 'Cardiomegaly']
assert json.model.runtime == 'PyTorch 2.7.1 (DJL)' : json.model
def report = new File(basedir, 'target/fairness/report.html').text
assert report.contains('PyTorch 2.7.1 (DJL)') : 'the report names the runtime'
assert !report.contains('IR version') : 'a TorchScript model has no ONNX versions to report'
