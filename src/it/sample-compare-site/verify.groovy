def log = new File(basedir, 'build.log').text
def sample = new File(basedir, '../../../../sample-project').canonicalFile
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect('[INFO] BUILD SUCCESS')
// the site's page renders the gate's evaluation (the candidate scored once, or its scores reused from the cache)
expect('[INFO] Fairness report of the evaluation made earlier in this build (no second inference).')

def site = new File(sample, 'target/site/fairness.html').getText('UTF-8')
def standalone = new File(sample, 'target/fairness/report.html').getText('UTF-8')
[site: site, standalone: standalone].each { name, page ->
    assert page.contains('<section id="fr-comparison"><h2>Model comparison</h2>') : name + ': the comparison section'
    assert page.contains('<a href="#fr-comparison">Model comparison</a>') : name + ': in the contents'
    assert page.contains('<tr><th scope="row">baseline</th><td class="fr-num">0.884 (0.836–0.930)</td>') : name + ': the baseline row'
    assert page.contains('<tr class="fr-difference"><th scope="row">Δ candidate − baseline</th><td class="fr-num">+0.000 (+0.000 to +0.000)</td>'
            + '<td class="fr-num">-0.008 (-0.025 to +0.008)</td>') : name + ': the Δ row'
    assert page.contains('aria-label="AUC against TPR difference by sex, Effusion"') : name + ': the trade-off chart'
    assert page.contains('<td>Effusion</td><td>sex</td><td>TPR difference</td><td class="fr-num">0.017</td><td class="fr-num">0.000</td>'
            + '<td class="fr-num">-0.017 (-0.049 to +0.038)</td><td class="fr-num">increase ≤ 0.020</td>') : name + ': the change rule'
}
// the site page is whole: the skin's footer after the report's last section
assert site.indexOf('id="fr-run"') < site.indexOf('<footer')
