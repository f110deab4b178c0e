// The merge job's checkout: the manifest without the images it names (they stay with the scoring jobs).
def testSet = new File(basedir, 'test-set')
testSet.mkdirs()
new File(testSet, 'manifest.csv').bytes = new File(itData, 'planted-gap/manifest.csv').bytes
assert !new File(testSet, 'images').exists()
return true
