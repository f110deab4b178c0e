def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'

// build 1 passed and wrote its results; build 2 failed on its bad input
def passed = log.indexOf('[INFO] All fairness checks have been met.')
assert passed >= 0 : 'build 1 did not pass'
def failure = log.indexOf("check (default) on project stale-results-removed: manifest-missing-image.csv, line 3, column 'image': image file not found: " + data + "/small/images/does-not-exist.png. Fix the path (relative to the image root " + data + "/small) or remove the row. -> [Help 1]")
assert failure > passed : 'build 2 did not fail on its bad input'

// nothing of build 1 claims to be build 2's result
def out = new File(basedir, 'target/fairness')
['fairness.json', 'predictions.csv', 'report.html', 'TEST-fairness.xml', 'summary.md', 'metrics.txt'].each { name ->
    assert !new File(out, name).exists() : name + ' of the passing build 1 was left after build 2 failed'
}
// the stored evaluation of build 1 keeps its guarantees and stays
assert new File(out, 'cache/evaluation.json').isFile()
