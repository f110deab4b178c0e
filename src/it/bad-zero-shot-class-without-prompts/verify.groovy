def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('\tat dev.fairness') : 'a user error must not print a stack trace'
expect("check (default) on project bad-zero-shot-class-without-prompts: Finding 'Effusion' of <zeroShot> has no prompts. Set <zeroShot><templates> (e.g. <template>a chest x-ray showing {}</template>), or <templates> in its <prompt>. -> [Help 1]")
assert !new File(basedir, 'target/fairness/fairness.json').exists() : 'no result may be written for bad input'
