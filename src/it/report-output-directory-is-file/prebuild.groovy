// The configured output directory is a file (e.g. a build step wrote a file where the results go).
new File(basedir, 'results').text = 'not a folder\n'
return true
