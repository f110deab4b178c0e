def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert !log.contains('\tat dev.fairness') : 'no stack trace'
assert !log.contains('All fairness checks have been met') : 'a rule that could not be evaluated is never met'

// the verdict's last lines, exactly, right before Maven's BUILD SUCCESS (onMissing=warn: the build passes)
def end = lines.indexOf('[INFO] BUILD SUCCESS')
assert end > 3 : 'the build must pass under onMissing=warn'
assert lines.subList(end - 3, end) == [
    "[INFO] Rule undetermined for label 'Effusion', attribute 'sex': TPR difference is undefined (fewer than 2 groups with a defined value (0 of 0))",
    "[WARNING] Fairness checks: 0 of 1 rule met, 1 could not be evaluated (onMissing=warn). The build passes; set <onMissing>fail</onMissing> to fail it instead.",
    "[INFO] ------------------------------------------------------------------------",
]

// fairness.json: the gate passed (the build's outcome), but not every rule was met
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json'))
assert json.verdict == [passed: true, allMet: false, rules: 1, met: 0, violated: 0, undetermined: 1]
assert json.rules[0].status == 'undetermined'

// the report's banner says the same in words
def html = new File(basedir, 'target/fairness/report.html').text
assert html.contains('<section id="fr-verdict" class="fr-verdict fr-verdict-undetermined"')
assert html.contains('Not all fairness checks met: 1 rule could not be evaluated')
assert html.contains('0 of 1 rule met, 0 violated, 1 undetermined.')
assert !html.contains('All fairness checks met')
