def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
assert !log.contains('Execution default') : 'an internal failure instead of a user error'
expect("check (default) on project bad-nan-threshold: <threshold> must be a number between 0 and 1, e.g. 0.5; found NaN. -> [Help 1]")
assert !log.contains('Read 200 predictions') : 'the configuration is checked before any work'
assert !new File(basedir, 'target/fairness/fairness.json').exists()
