def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
assert !log.contains('Execution default') : 'an internal failure instead of a user error'
expect("check (default) on project bad-bins-key-names-no-attribute: <bins><Age> names no attribute. The attributes are sex, age (names are case-sensitive). Rename it to the attribute whose values it bins, or add 'Age' to <attributes>. -> [Help 1]")
assert !log.contains('Read 200 predictions') : 'the configuration is checked before any work'
assert !new File(basedir, 'target/fairness/fairness.json').exists()
