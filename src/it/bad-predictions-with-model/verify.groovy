def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
assert !log.contains('Execution default') : 'an internal failure instead of a user error'
expect("check (default) on project bad-predictions-with-model: <predictions> is set together with <model>: the scores of <predictions> replace inference, so <model> would be ignored. Remove <model> to judge the scores in <predictions>, or remove <predictions> to evaluate the model. -> [Help 1]")
assert !log.contains('Read 200 predictions') : 'the configuration is checked before any work'
assert !new File(basedir, 'target/fairness/fairness.json').exists()
