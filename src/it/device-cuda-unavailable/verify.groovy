def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project device-cuda-unavailable: " + "<device>cuda:0</device> needs CUDA, which is not available (Failed to find CUDA shared provider). To run on the GPU, set <nativeLibraryPath> to a folder holding the GPU native libraries of ONNX Runtime ")
expect("Otherwise set <device>auto</device> or <device>cpu</device>. -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
