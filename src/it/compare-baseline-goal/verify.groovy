def log = new File(basedir, 'build.log').text
def shipped = new File(basedir, 'target/shipped').canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect("[INFO] Baseline written to " + shipped + ": predictions.csv (400 rows) and fairness.json. Keep both (commit them, or store them as a CI artifact) and point <baseline><predictions> (and <fairnessJson>) at them.")
// the goal does not gate: the violated rule is written, the build passes
def json = new groovy.json.JsonSlurper().parse(new File(shipped, 'fairness.json'))
assert json.verdict.passed == false
assert new File(shipped, 'predictions.csv').readLines().size() == 401
// only the two files a later build reads: no CI files, which CI would take for this build's results
assert new File(shipped).list().sort() == ['fairness.json', 'predictions.csv']
