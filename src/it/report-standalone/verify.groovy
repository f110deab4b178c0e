def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
def out = new File(basedir, 'target/fairness')
assert log.count('[INFO] Evaluating model.onnx on 200 images from manifest.csv') == 1
expect('[INFO] Fairness report written to ' + new File(out, 'report.html').path + '.')
expect('[INFO] Fairness checks not met: 0 of 1 rule met, 1 violated, 0 undetermined.')
expect('[INFO] BUILD SUCCESS')
assert !log.contains('Rule violated') : 'the report reports; only check gates'
assert new File(out, 'fairness.json').isFile() && new File(out, 'predictions.csv').isFile()

def html = new File(out, 'report.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"/>')
assert html.contains('<title>Fairness report: report-standalone</title>')
assert html.contains('<p class="fr-verdict-title"><span class="fr-icon" aria-hidden="true">\u2717</span> Fairness checks not met</p>')
assert !html.contains('<script') && !html.contains('src=')
assert (html =~ /<svg /).count == 6
