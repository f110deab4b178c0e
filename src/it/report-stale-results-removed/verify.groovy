def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("report (default-cli) on project report-stale-results-removed: manifest-missing-image.csv, line 3, column 'image': image file not found: " + data + "/small/images/does-not-exist.png. Fix the path (relative to the image root " + data + "/small) or remove the row. -> [Help 1]")
def out = new File(basedir, 'target/fairness')
['fairness.json', 'predictions.csv', 'report.html'].each { name ->
    assert !new File(out, name).exists() : name + ' of the earlier passing run was left after this run failed'
}
assert new File(out, 'cache/evaluation.json').text == '{}\n' : 'the stored evaluation stays'
