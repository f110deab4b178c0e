def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
assert !log.contains('Execution default') : 'an internal failure instead of a user error'
expect("check (default) on project bad-thresholds-key-names-no-label: <thresholds><Efusion> names no label. The labels are Effusion (names are case-sensitive). Rename it to one of them. -> [Help 1]")
assert !log.contains('Read 200 predictions') : 'the configuration is checked before any work'
assert !new File(basedir, 'target/fairness/fairness.json').exists()
