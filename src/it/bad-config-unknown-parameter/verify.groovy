def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'

// build 1: refused before any image is read, naming each element, where it is, the goal and the closest name
expect("[ERROR] Failed to execute goal dev.fairness:fairness-maven-plugin:0.1.0-SNAPSHOT:check (default) on project bad-config-unknown-parameter: Unknown parameter <treshold> in the plugin's <configuration> (pom.xml, line 52, column 25): no goal of fairness-maven-plugin has such a parameter; did you mean <threshold>? Maven ignores an element it does not know, so fairness:check would run with the default instead of the value you wrote. Correct the name, or remove the element. Also unknown: <minGroupSise> in the plugin's <configuration> (pom.xml, line 53, column 29): no goal of fairness-maven-plugin has such a parameter; did you mean <minGroupSize>? -> [Help 1]")
assert !log.contains('Scoring') && !log.contains('Rule violated') : 'nothing was evaluated'
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'a refused configuration leaves no result'

// build 2: Maven's configurator refuses the misspelt element inside <rule> itself
expect("Cannot find 'maximun' in class dev.fairness.maven.RuleConfiguration")
