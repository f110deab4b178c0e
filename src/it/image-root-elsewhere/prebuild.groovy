// The project's manifest names images relative to a shared folder (<imageRoot>), here src/it/_data: the
// planted-gap manifest with its image paths prefixed by the set's folder.
def source = new File(itData, 'planted-gap/manifest.csv').readLines()
def lines = [source[0]] + source.drop(1).collect { 'planted-gap/' + it }
new File(basedir, 'manifest.csv').text = lines.join('\n') + '\n'
return true
