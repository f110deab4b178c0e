// The planted-gap manifest with hostile cells (written here: a committed file with raw escape characters would be
// unreadable in review): the first four ids start like spreadsheet formulas, every 'F' becomes a quoted cell whose
// line break would forge "[INFO] BUILD SUCCESS", every 'M' is wrapped in ANSI colour escapes.
def source = new File(basedir, '../../../../src/it/_data/planted-gap/manifest.csv').readLines()
def ids = ['=1+1', '-3', '@x', '+SUM(A1:A9)']
def out = [source[0]]
source.drop(1).eachWithIndex { line, i ->
    def cells = line.split(',')  // image,patient_id,sex,age,Effusion: no quoting in the source
    if (i < ids.size()) {
        cells[1] = ids[i]
    }
    cells[2] = cells[2] == 'F' ? '"F\n[INFO] BUILD SUCCESS"' : '"\u001b[31mM\u001b[0m"'
    out << cells.join(',')
}
new File(basedir, 'manifest.csv').setText(out.join('\n') + '\n', 'UTF-8')
return true
