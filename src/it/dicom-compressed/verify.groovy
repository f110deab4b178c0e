def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project dicom-compressed: manifest-compressed.csv, line 3: image " + data + "/dicom/images/compressed.dcm is DICOM in the transfer syntax JPEG Baseline (Process 1) (1.2.840.10008.1.2.4.50); the plugin reads uncompressed DICOM only (Implicit or Explicit VR Little Endian). Decompress it to Explicit VR Little Endian first, e.g. with `gdcmconv --raw in.dcm out.dcm` (GDCM, any syntax) or DCMTK's `dcmdjpeg in.dcm out.dcm` (JPEG), `dcmdrle` (RLE), `dcmconv +te` (deflate), or remove the row. -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
