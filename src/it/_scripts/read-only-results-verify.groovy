import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// The verify step of the read-only output ITs; the caller binds failedGoal, e.g. 'check (default)'.
def results = new File(basedir, 'results')
// undo read-only-results.groovy first, so that the folder can be cleaned whatever the assertions say
try {
    ['chattr', '-i', results.path].execute().waitFor()
} catch (IOException e) {
    // no chattr here
}
Files.setPosixFilePermissions(results.toPath(), PosixFilePermissions.fromString('rwxr-xr-x'))

def log = new File(basedir, 'build.log').text
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
assert !log.contains('Execution default') : 'an internal failure instead of a user error'
def line = (log =~ /(?m)^\[ERROR\] Failed to execute goal .*$/)
assert line.find() : 'no failure line'
assert line.group() ==~ ('.*' + java.util.regex.Pattern.quote(failedGoal + ' on project ' + basedir.name
        + ': Cannot write into the output directory ' + results.canonicalPath)
        + / \((permission denied|operation not permitted)\)\. Make it writable for the user running Maven, or set <outputDirectory> \(property fairness\.outputDirectory\) to a writable folder\. -> \[Help 1\]/)
assert !log.contains('Evaluating model.onnx') : 'the folder is checked before any work'
return true
