def log = new File(basedir, 'build.log').text
def results = new File(basedir, 'results').canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
assert !log.contains('Execution default of goal') : 'an internal failure instead of a user error'
expect("check (default) on project bad-output-directory-is-file: The output directory " + results + " is a file, not a folder. Delete or rename the file, or set <outputDirectory> (property fairness.outputDirectory) to a writable folder. -> [Help 1]")
assert !log.contains('Evaluating model.onnx') : 'the folder is checked before any work'
assert new File(basedir, 'results').text == 'not a folder\n'
