def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'running out of memory is reported without a stack trace'
expect("check (default) on project worker-out-of-memory-png: manifest-huge-claim.csv, line 3: image " + data + "/small/images/huge-claim.png ran out of memory while decoding (java.lang.OutOfMemoryError: Java heap space). Raise -Xmx (MAVEN_OPTS), lower <workers> or <decodeBudgetMb>, or downscale the image. No score of this run is used or stored. -> [Help 1]")
assert !log.contains('truncated or corrupt') : 'running out of memory is not a corrupt file'
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for a failed run'
def cache = new File(basedir, 'target/fairness/cache')
assert !cache.exists() || !cache.listFiles().any() : 'nothing of a failed run may be stored: ' + cache.list()
