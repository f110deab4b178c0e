def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
assert !log.contains('OutOfMemoryError') : 'the budget refuses the image before decoding it'
// the budget is half the heap over the 2 workers; the heap the JVM reports for -Xmx256m depends on its collector
def line = java.util.regex.Pattern.quote("check (default) on project bad-image-over-decode-budget: manifest-huge-claim.csv, line 3: image " + data + "/small/images/huge-claim.png (8192x8192 pixels, 4 bands of 16 bits) needs 1281 MB to decode, more than the budget of ") + "(\\d+)" + java.util.regex.Pattern.quote(" MB per image (half the ") + "(\\d+)" + java.util.regex.Pattern.quote(" MB heap over 2 workers). Raise -Xmx (MAVEN_OPTS) or downscale the image, or remove the row. -> [Help 1]")
def m = log =~ line
assert m.find() : "build.log lacks the decode budget line"
def budget = m.group(1) as int
def heap = m.group(2) as int
assert heap > 200 && heap <= 256 : "heap " + heap
assert Math.abs(budget - heap / 4) <= 1 : "budget " + budget + " for heap " + heap
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
def cache = new File(basedir, 'target/fairness/cache')
assert !cache.exists() || !cache.listFiles().any() : 'nothing of a failed run may be stored: ' + cache.list()
