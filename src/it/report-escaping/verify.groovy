def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] BUILD SUCCESS')
def hostile = '<script>alert(1)</script>'
def escaped = '&lt;script&gt;alert(1)&lt;/script&gt;'
def pages = [site: new File(basedir, 'target/site/fairness.html'), standalone: new File(basedir, 'target/fairness/report.html')]
for (entry in pages) {
    def name = entry.key
    def html = entry.value.getText('UTF-8')
    // the report's own part of the page: from the verdict banner to the end of the run section
    def report = html.substring(html.indexOf('<div class="fr-report"'), html.indexOf('id="fr-run"'))
    assert !report.contains(hostile) : name + ': the group name became markup'
    assert !report.toLowerCase().contains('<script') : name + ': a script element'
    assert !report.contains('<img') : name + ': an image element from a row id'
    // as text: a group column, a bar legend entry, the configured reference group, the excluded row's id
    assert report.contains('<th scope="col">' + escaped + '</th>') : name
    assert report.contains('<text x="') && report.contains('class="fr-legend">' + escaped + '</text>') : name
    assert report.contains('(reference ' + escaped + ')') : name
    assert report.contains('<td>&lt;img src=x onerror=alert(2)&gt;</td>') : name
    assert report.contains('TPR difference to reference by sex for Effusion is 0.400 (0.000–0.719); the limit is \u2264 0.050.') : name
}
