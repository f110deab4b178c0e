import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'no stack trace'
def testSet = new File(basedir, 'test-set').canonicalPath
assert !new File(testSet, 'images').exists() : 'the merge ran without the images'

// the three shard jobs scored all 200 images; the merge, with no image present, judged them
assert log.count('[INFO] No metrics and no rules in a shard job.') == 3
assert log =~ /\[INFO\] Merged 3 shards: the scores of all 200 rows of manifest\.csv, each scored once by model\.onnx \(evaluation key [0-9a-f]{12}\)\./
expect('All fairness checks have been met.')
def merged = new JsonSlurper().parse(new File(basedir, 'target/merged/fairness.json'))
assert merged.data.samples == 200
assert merged.shards*.shard == ['1/3', '2/3', '3/3']
assert merged.shards*.rows.sum() == 200

// check is not weakened: where the images are missing, it stops at the first one
expect("check (default) on project shards-merge-without-images: manifest.csv, line 2, column 'image': image file not found: " + testSet + "/images/00000.png. Fix the path (relative to the image root " + testSet + ") or remove the row. -> [Help 1]")
assert !new File(basedir, 'target/checked/fairness.json').exists()
