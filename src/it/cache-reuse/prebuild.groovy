import java.nio.file.Files
import java.nio.file.StandardCopyOption

// A private copy of the small test set, so that replacing its model touches nothing shared.
def data = new File(itData, 'small').toPath()
def set = new File(basedir, 'set').toPath()
Files.createDirectories(set.resolve('images'))
Files.copy(data.resolve('model.onnx'), set.resolve('model.onnx'), StandardCopyOption.REPLACE_EXISTING)
Files.copy(data.resolve('manifest.csv'), set.resolve('manifest.csv'), StandardCopyOption.REPLACE_EXISTING)
data.resolve('images').toFile().eachFile { image ->
    Files.copy(image.toPath(), set.resolve('images').resolve(image.name), StandardCopyOption.REPLACE_EXISTING)
}
// The "retrained" model: the same graph with other bytes (a ModelProto doc_string, field 6, appended).
def retrained = new File(basedir, 'retrained')
retrained.mkdirs()
def bytes = new ByteArrayOutputStream()
bytes.write(Files.readAllBytes(set.resolve('model.onnx')))
bytes.write([0x32, 2, 0x76, 0x32] as byte[])
new File(retrained, 'model.onnx').bytes = bytes.toByteArray()
// No evaluation left over from an earlier run of this test.
new File(basedir, 'target/fairness').deleteDir()
return true
