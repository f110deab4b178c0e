// The results of an earlier, passing run in the output folder, and its stored evaluation.
def out = new File(basedir, 'target/fairness')
new File(out, 'cache').mkdirs()
new File(out, 'fairness.json').text = '{"schemaVersion": 1, "verdict": {"passed": true, "allMet": true}}\n'
new File(out, 'predictions.csv').text = 'id,true_Effusion,score_Effusion\nimages/00000.png,1,0.9\n'
new File(out, 'report.html').text = '<!DOCTYPE html><p>All fairness checks met</p>\n'
new File(out, 'cache/evaluation.json').text = '{}\n'
return true
