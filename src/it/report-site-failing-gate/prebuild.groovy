new File(basedir, 'target').deleteDir()
return true
