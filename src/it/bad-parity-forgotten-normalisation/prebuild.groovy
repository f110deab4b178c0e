// No results left over from an earlier run of this test.
new File(basedir, 'target/fairness').deleteDir()
return true
