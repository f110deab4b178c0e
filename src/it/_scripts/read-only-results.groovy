import java.nio.file.Files
import java.nio.file.StandardOpenOption
import java.nio.file.attribute.PosixFilePermissions

// The selector of the read-only output ITs: makes results/ read-only, mode 0555, and for root (whom modes do not
// stop) immutable with chattr +i.
// Runs only when that makes it read-only; read-only-results-verify.groovy (the ITs' verify step) undoes both.
def results = new File(basedir, 'results').toPath()
Files.createDirectories(results)
def canWrite = {
    def probe = results.resolve('probe')
    try {
        Files.newByteChannel(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close()
        Files.delete(probe)
        return true
    } catch (IOException e) {
        return false
    }
}
Files.setPosixFilePermissions(results, PosixFilePermissions.fromString('r-xr-xr-x'))
if (canWrite()) {
    try {
        ['chattr', '+i', results.toString()].execute().waitFor()
    } catch (IOException e) {
        // no chattr here
    }
}
if (canWrite()) {
    println 'Skipping: cannot make a folder read-only for this user'
    Files.setPosixFilePermissions(results, PosixFilePermissions.fromString('rwxr-xr-x'))
    return false
}
return true
