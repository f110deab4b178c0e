def log = new File(basedir, 'build.log').text
def model = new File(basedir, '../../../src/test/resources/torchscript/classifier.pt').canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
assert !log.contains('publish.djl.ai') && !log.contains('Downloading jni') : 'DJL must not download anything'
expect("check (default) on project bad-torchscript-without-natives: TorchScript model " + model + " needs the PyTorch "
        + "native libraries, which the plugin does not download: no PyTorch 2.7.1 natives for linux-x86_64 are on the "
        + "plugin's class path and PYTORCH_LIBRARY_PATH is not set. Add ai.djl.pytorch:pytorch-native-cpu:2.7.1 with "
        + "<classifier>linux-x86_64</classifier> to the plugin's <dependencies> (about 112 MB), or set "
        + "PYTORCH_LIBRARY_PATH to a folder holding libtorch.so of PyTorch 2.7.1 (see the model page of the plugin "
        + "documentation). -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
