def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
// one pass over the images feeds both models; each model's evaluation then reuses its stored scores
expect("[INFO] Scoring 2 models (model.onnx, model.onnx) in one pass over 200 images: each image is decoded once for all of them (same preprocessing, input 1x32x32 (NCHW)).")
assert log.count('[INFO] Reusing the stored evaluation of model.onnx on 200 images from manifest.csv') == 2
assert !log.contains('[INFO] Evaluating model.onnx on 200 images') : 'no second pass over the images'
expect("[INFO] Model 'second': Rule met for label 'Effusion', attribute 'sex': TPR difference is 0.300")
// identical models: every paired difference is exactly 0
assert log =~ /\[INFO\]     Δ +\+0\.000 \(\+0\.000 to \+0\.000\)/
