def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/fairness')
assert log.count('[INFO] Read 200 predictions from ') == 1 : 'the report evaluated once'
assert !log.contains('made earlier in this build') : 'nothing to share without a gate'
assert log.contains('[INFO] Fairness report written to ' + new File(out, 'report.html').path + '.')
assert log.contains('[INFO] BUILD SUCCESS') : 'a report never fails the build'
assert new File(out, 'fairness.json').isFile()
assert !new File(out, 'predictions.csv').exists() : 'the scores came from <predictions>: not repeated'
def page = new File(basedir, 'target/site/fairness.html').getText('UTF-8')
assert page.contains('<section id="fr-verdict" class="fr-verdict fr-verdict-failed" role="status" aria-label="Verdict">')
assert page.contains('No model was run here: the scores were read from ')
