import groovy.json.JsonSlurper
import java.nio.ByteBuffer
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'no stack trace'

// the shards' sizes by the documented hash, computed here independently: 1 + (first 8 bytes of SHA-256(id)) mod n
def ids = new File(itData, 'planted-gap/manifest.csv').readLines().drop(1).findAll { it }.collect { it.split(',')[0] }
assert ids.size() == 200
def shardOf = { String id, int n ->
    def first8 = ByteBuffer.wrap(MessageDigest.getInstance('SHA-256').digest(id.getBytes('UTF-8')), 0, 8).getLong()
    1 + Long.remainderUnsigned(first8, n)
}
def sizes = (1..3).collect { i -> ids.count { shardOf(it, 3) == i } }
assert sizes.sum() == 200 && sizes.every { it > 0 }
(1..3).each { i ->
    expect("[INFO] Shard ${i}/3: ${sizes[i - 1]} of the 200 rows of manifest.csv (a row's shard follows from a hash of its id).")
    expect("[INFO] Evaluating model.onnx on ${sizes[i - 1]} images from manifest.csv (device cpu, batch 16, input 1x32x32 (NCHW)).")
    def folder = new File(basedir, "target/shards/job-${i}").canonicalPath
    expect("[INFO] Shard ${i}/3 written: ${folder}/shard-${i}-of-3.json with its scores shard-${i}-of-3.csv (${sizes[i - 1]} rows).")
}
assert log.count('[INFO] No metrics and no rules in a shard job. When all 3 shards are scored, judge them as one run: mvn fairness:merge -Dfairness.shards=<the folder(s) holding their outputs>.') == 3
assert log =~ /\[INFO\] Merged 3 shards: the scores of all 200 rows of manifest\.csv, each scored once by model\.onnx \(evaluation key [0-9a-f]{12}\)\./
assert log.count('All fairness checks have been met.') == 2 : 'the unsharded run and the merge judge; shard jobs do not'

// a shard job leaves its scores and descriptor, and no result
def descriptor = new JsonSlurper().parse(new File(basedir, 'target/shards/job-2/shard-2-of-3.json'))
assert descriptor.shard == 2 && descriptor.shards == 3 && descriptor.rows == sizes[1]
assert descriptor.scores == 'shard-2-of-3.csv'
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
assert descriptor.scoresSha256 == sha(new File(basedir, 'target/shards/job-2/shard-2-of-3.csv'))
assert descriptor.modelSha256 == sha(new File(itData, 'planted-gap/model.onnx'))
assert descriptor.testSetSha256 == sha(new File(itData, 'planted-gap/manifest.csv'))
assert descriptor.testSetRows == 200
assert descriptor.evaluationKey ==~ /[0-9a-f]{64}/
assert descriptor.plugin == descriptor.configuration.plugin
assert !new File(basedir, 'target/shards/job-2/fairness.json').exists()

// the merged fairness.json is the unsharded one, but for createdAt and the shard list
def unsharded = new JsonSlurper().parse(new File(basedir, 'target/unsharded/fairness.json'))
def merged = new JsonSlurper().parse(new File(basedir, 'target/merged/fairness.json'))
assert merged.shards*.shard == ['1/3', '2/3', '3/3']
assert merged.shards*.rows == sizes
assert unsharded.shards == null
assert merged.settings.bootstrap.replicates == 200 && merged.labels.toString().contains('ci:[lower:') : 'the intervals were computed'
[unsharded, merged].each { it.remove('createdAt'); it.remove('shards') }
assert merged == unsharded
// and so are the predictions
assert new File(basedir, 'target/merged/predictions.csv').text == new File(basedir, 'target/unsharded/predictions.csv').text
