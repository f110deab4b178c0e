import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def foreign = sha(new File(basedir, 'retrained/model.onnx'))
def merged = sha(new File(itData, 'small/model.onnx'))
assert foreign != merged
def descriptor = new File(basedir, 'target/shards/job-2/shard-2-of-2.json').absolutePath
expect("merge (default-cli) on project bad-shard-another-model: Shard 2/2 (" + descriptor + ") comes from another model: it was scored by model.onnx with SHA-256 " + foreign + ", but <model> model.onnx has SHA-256 " + merged + ". Score every shard with the model that is merged, or remove the foreign shard. -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
