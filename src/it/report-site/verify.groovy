def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
// one inference in the whole build: check evaluates in verify, the site's report renders that evaluation
assert log.count('[INFO] Evaluating model.onnx on 200 images from manifest.csv') == 1 : 'exactly one inference run'
expect('[INFO] Fairness report of the evaluation made earlier in this build (no second inference).')
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.100 ('M' 0.900, 'F' 0.600)")
expect('[INFO] BUILD SUCCESS')
assert !log.contains('LinkageError') : 'the site plugin and the report agree on Doxia 2'

def page = new File(basedir, 'target/site/fairness.html').getText('UTF-8')
// verdict first, then the rules, the thresholds, the label with its tables and charts, data, model, run
assert page.contains('<section id="fr-verdict" class="fr-verdict fr-verdict-failed" role="status" aria-label="Verdict">')
assert page.contains('1 of 2 rules met, 1 violated, 0 undetermined.')
assert page.contains('<li>TPR difference by sex for Effusion is 0.300 (0.135–0.451); the limit is \u2264 0.100.</li>')
def order = ['id="fr-verdict"', 'id="fr-rules"', 'id="fr-thresholds"', 'id="fr-label-1"', 'id="fr-data"', 'id="fr-model"', 'id="fr-run"']
        .collect { page.indexOf(it) }
assert order.every { it > 0 } && order == order.sort(false) : "sections in order: " + order
assert (page =~ /<table class="fr-table fr-groups">/).count == 2 : 'a group table for sex and for age'
assert (page =~ /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="fr-chart"/).count == 6 : 'bars, ROC and reliability for sex and age'
assert page.contains('<caption>Effusion by sex at threshold 0.500</caption>')
// the page is whole: the skin's footer comes after the report's last section (site 3.12.1 would cut it off)
assert page.indexOf('id="fr-run"') < page.indexOf('<footer')

// listed in Project Reports: the overview table with the report's description, and the menu under Project Reports
def reports = new File(basedir, 'target/site/project-reports.html').getText('UTF-8')
assert reports.contains('<td><a href="fairness.html">Fairness</a></td>\n<td>Model performance per patient subgroup and the fairness rules of the build')
assert reports.contains('<li><a href="fairness.html">Fairness</a></li>') : 'the Project Reports menu links to the page'
assert page.contains('<li class="active"><a>Fairness</a></li>') : 'the page is the active entry of the menu'
assert new File(basedir, 'target/site/index.html').getText('UTF-8').contains('<a href="project-reports.html"><span class="icon-chevron-right"></span>Project Reports</a>')

// check left the standalone report too
assert new File(basedir, 'target/fairness/report.html').getText('UTF-8').contains('Fairness checks not met')
