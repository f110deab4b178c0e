def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
// the exact lines the README's walkthrough promises
expect("[WARNING] Rule violated for label 'Effusion', attribute 'sex': AUC difference is 0.011 (95% CI 0.000–0.102), but expected maximum is 0.005 ('M' 0.889, 'F' 0.878)")
expect("Fairness checks have not been met. See log for details.")
expect("[INFO]   F          120     60     60  0.878 (0.814–0.942)  0.867 (0.758–0.931)  0.133 (0.069–0.242)  0.867 (0.758–0.931)  0.867 (0.794–0.924)  0.134 (0.115–0.210)")
