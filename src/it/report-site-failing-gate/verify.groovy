def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }

// build 1: the gate fails the build in verify, so Maven never reaches the site
def failed = log.indexOf("check (fairness-gate) on project report-site-failing-gate: Fairness checks have not been met. See log for details.\n"
        + "[ERROR] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)\n")
assert failed > 0 : 'build 1 did not fail on the gate'
def siteStarted = log.indexOf('maven-site-plugin')
assert siteStarted > failed : 'build 1 started the site before the gate failed it'

// build 2: the violation is a warning, the site is made from the same evaluation and shows the failed verdict
expect("[WARNING] Fairness checks have not been met. See log for details. The build goes on because fairness.failOnViolation is false.")
expect('[INFO] Fairness report of the evaluation made earlier in this build (no second inference).')
assert log.indexOf('[INFO] BUILD SUCCESS') > failed
def page = new File(basedir, 'target/site/fairness.html').getText('UTF-8')
assert page.contains('<section id="fr-verdict" class="fr-verdict fr-verdict-failed" role="status" aria-label="Verdict">')
assert page.contains('<li>TPR difference by sex for Effusion is 0.300 (0.135–0.451); the limit is \u2264 0.100.</li>')
