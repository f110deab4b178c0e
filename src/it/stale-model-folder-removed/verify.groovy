def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/fairness')
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }

// build 2 removed the folder of the model it no longer evaluates, and said so
expect("[INFO] Removed " + new File(out, 'models/full').canonicalPath + ": an earlier comparison's folder that this run does not write.")
assert !new File(out, 'models/full').exists() : 'models/full/ of build 1 was left beside build 2\'s results'
assert new File(out, 'models/probe/fairness.json').isFile()
def json = new groovy.json.JsonSlurper().parse(new File(out, 'fairness.json'))
assert json.models*.name == ['probe']
