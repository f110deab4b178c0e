def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def shards = new File(basedir, 'target/shards').absolutePath
expect("merge (default-cli) on project bad-shard-missing: Shard 2/3 is missing: [" + shards + "] hold 2 of the 3 shards. Copy every shard's output there before merging, or score the missing ones (e.g. -Dfairness.shard=2/3). -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
