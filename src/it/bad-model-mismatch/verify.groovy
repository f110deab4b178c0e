def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-model-mismatch: " + data + "/small/model-rgb-64.onnx expects input 'image' of 3x64x64 (NCHW) but preprocessing produces 1x32x32. Set <preprocessing><width>/<height>/<channels> to match the model." + " -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
