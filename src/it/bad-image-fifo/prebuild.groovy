// a FIFO (named pipe) where an image should be; git cannot carry one, so it is made here
def images = new File(basedir, 'testset/images')
images.mkdirs()
def fifo = new File(images, 'pipe.png')
fifo.delete()
def mkfifo = ['mkfifo', fifo.path].execute()
mkfifo.waitFor()
assert mkfifo.exitValue() == 0 : 'mkfifo failed: ' + mkfifo.err.text
return true
