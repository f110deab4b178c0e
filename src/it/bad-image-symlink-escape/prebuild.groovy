import java.nio.file.Files

// git should not carry a symbolic link that points outside the repository: it is made here, in the cloned project.
// testset/images -> the planted-gap images, outside the manifest's folder (the default image root).
def images = new File(itData, 'planted-gap/images').canonicalFile.toPath()
def link = new File(basedir, 'testset/images').toPath()
Files.deleteIfExists(link)
Files.createSymbolicLink(link, images)
return true
