def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def json = { new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json')) }
expect("check (default) on project bad-gate-on-without-bootstrap: The tpr/sex rule gates on <gateOn>significant</gateOn>, which needs confidence intervals, but the bootstrap is off (<bootstrap>0</bootstrap>). Set <bootstrap> to the number of replicates, e.g. 1000, or gate on the point value. -> [Help 1]")
assert !log.contains('Read 200 predictions') : 'the configuration is checked before any work'
assert !new File(basedir, 'target/fairness/fairness.json').exists()
