def log = new File(basedir, 'build.log').text
def data = new File(itData).canonicalPath
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-zero-shot-missing-tokenizer: <zeroShot><tokenizer> not found: " + data + "/zero-shot/no-such-tokenizer.json. Give the text tower's Hugging Face tokenizer.json (tokenizer.save_pretrained writes one). -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
