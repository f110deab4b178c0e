def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("[INFO] Read 200 predictions from " + data + "/planted-gap/predictions.csv (no inference: <predictions> is set).")
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)")
assert !log.contains('Evaluating ') : 'no inference with <predictions>'
def out = new File(basedir, 'target/fairness')
expect("[INFO] Results written to " + new File(out, 'fairness.json').path + " (no predictions.csv: the scores are those of "
        + data + "/planted-gap/predictions.csv); report in " + new File(out, 'report.html').path + ".")
assert !new File(out, 'predictions.csv').exists() : 'the input is the predictions file: not repeated'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.model == null
assert json.verdict.passed == false
