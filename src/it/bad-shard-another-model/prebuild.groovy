import java.nio.file.Files

// The "retrained" model: the small set's graph with other bytes (a ModelProto doc_string, field 6, appended).
def retrained = new File(basedir, 'retrained')
retrained.mkdirs()
def bytes = new ByteArrayOutputStream()
bytes.write(Files.readAllBytes(new File(itData, 'small/model.onnx').toPath()))
bytes.write([0x32, 2, 0x76, 0x32] as byte[])
new File(retrained, 'model.onnx').bytes = bytes.toByteArray()
return true
