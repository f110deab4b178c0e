"""Writing TorchScript files that may be committed.

torch.jit.save stores, beside each module's code, debug records (code/**.debug_pkl) with the absolute path of the
Python file that defined the module: a path of the machine that ran the script. Loading needs neither them nor the
path, so save() drops them; the code, the tensors and every output stay the same.

Also usable on its own, to clean files written earlier: /usr/bin/python3 torchscript_files.py <file.pt>...
"""
import os
import sys
import tempfile

import torch


def save(module, path):
    """torch.jit.save without the debug records."""
    torch.jit.save(module, path)
    strip_debug_records(path)


def strip_debug_records(path):
    """Rewrites path without its *.debug_pkl records (in a folder of its own: the archive is named after the file)."""
    reader = torch._C.PyTorchFileReader(path)
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(path))) as folder:
        stripped = os.path.join(folder, os.path.basename(path))
        writer = torch._C.PyTorchFileWriter(stripped)
        for name in reader.get_all_records():
            if not name.endswith(".debug_pkl"):
                data = reader.get_record(name)
                writer.write_record(name, data, len(data))
        writer.write_end_of_file()
        del writer
        os.replace(stripped, path)


if __name__ == "__main__":
    for file in sys.argv[1:]:
        strip_debug_records(file)
