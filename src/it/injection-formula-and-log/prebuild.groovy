// The planted-gap predictions with hostile cells (written here: a committed file with raw escape characters would
// be unreadable in review): the first four ids start like spreadsheet formulas, every 'F' becomes a quoted cell
// whose line break would forge "[INFO] BUILD SUCCESS", every 'M' is wrapped in ANSI colour escapes.
def source = new File(itData, 'planted-gap/predictions.csv').readLines()
def ids = ['=1+1', '-3', '@x', '+SUM(A1:A9)']
def out = [source[0]]
source.drop(1).eachWithIndex { line, i ->
    def cells = line.split(',')  // id,true_Effusion,score_Effusion,sex,age: no quoting in the source
    if (i < ids.size()) {
        cells[0] = ids[i]
    }
    cells[3] = cells[3] == 'F' ? '"F\n[INFO] BUILD SUCCESS"' : '"\u001b[31mM\u001b[0m"'
    out << cells.join(',')
}
new File(basedir, 'predictions.csv').setText(out.join('\n') + '\n', 'UTF-8')
return true
