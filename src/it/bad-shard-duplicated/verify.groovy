def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def shards = new File(basedir, 'target/shards').absolutePath
expect("merge (default-cli) on project bad-shard-duplicated: Shard 2/2 is given twice: " + shards + "/job-2-again/shard-2-of-2.json and " + shards + "/job-2/shard-2-of-2.json. Keep one of them: every row must be scored exactly once. -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
