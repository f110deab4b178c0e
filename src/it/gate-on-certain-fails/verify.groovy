def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
def json = { new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fairness/fairness.json')) }
// the point value 0.300 is within the maximum 0.40, but the interval reaches above it
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.400 ('M' 0.900, 'F' 0.600); gateOn certain: the upper bound 0.451 is above the maximum, so the gap is not certainly within it")
// the build's error names the violated rule after its first line
expect("check (default) on project gate-on-certain-fails: Fairness checks have not been met. See log for details.\n"
        + "[ERROR] Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.400 ('M' 0.900, 'F' 0.600); gateOn certain: the upper bound 0.451 is above the maximum, so the gap is not certainly within it\n[ERROR] -> [Help 1]")
def result = json()
assert result.rules[0].status == 'violated'
assert result.rules[0].gateOn == 'certain'
assert result.rules[0].decision.reason == 'beyondLimit'
assert result.rules[0].decision.compared == 'upperBound'
assert result.rules[0].decision.evidence == result.rules[0].value.ci.upper
assert result.rules[0].message == "Rule violated for label 'Effusion', attribute 'sex': TPR difference is 0.300 (95% CI 0.135–0.451), but expected maximum is 0.400 ('M' 0.900, 'F' 0.600); gateOn certain: the upper bound 0.451 is above the maximum, so the gap is not certainly within it"
