def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
def out = new File(basedir, 'target/fairness')
expect('[INFO] Results written to ' + new File(out, 'fairness.json').path + ' and predictions.csv; report in ' + new File(out, 'report.html').path + '.')
expect('Fairness checks have not been met. See log for details.')

def html = new File(out, 'report.html').getText('UTF-8')
assert html.contains('<section id="fr-verdict" class="fr-verdict fr-verdict-failed" role="status" aria-label="Verdict">')
assert html.contains('<p class="fr-verdict-counts">1 of 2 rules met, 1 violated, 0 undetermined.</p>')
assert html.contains('<li>equalized odds difference by sex for Effusion is 0.300 (0.116–0.467); the limit is \u2264 0.100.</li>')
assert (html =~ /<table class="fr-table fr-groups">/).count == 3 : 'sex, age and sex\u00d7age'
assert (html =~ /<svg /).count == 9
// the equalized-odds bars carry the rule's limit on both of its metrics, named by the rule's number: on TPR below the
// highest group, on FPR (lower is better) above the lowest, so that a bar beyond a line is always the worse group
assert html.contains('<td>rule 1 (equalized odds difference \u2264 0.100): highest TPR \u2212 0.100 = 0.800</td>')
assert html.contains('<td>rule 1 (equalized odds difference \u2264 0.100): lowest FPR + 0.100 = 0.200</td>')
assert html.contains('<text x="') && html.contains('class="fr-limit-tag">R1</text>')
