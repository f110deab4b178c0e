#!/usr/bin/python3
"""Independent reference for the DICOM decoder's pixel values (DicomImageDecoderTest).

Reads every .dcm file in a folder with pydicom (Debian's python3-pydicom; no ImageJ, no project code), applies
the documented scaling and writes golden.csv: file, index (row-major), value in [0, 1] with 7 decimals.

    keep the bits stored    s = (word >> (high_bit + 1 - bits_stored)) & (2^bits_stored - 1), two's complement
                            when Pixel Representation is 1
    modality rescale        m = slope * s + intercept           (pydicom's apply_modality_lut)
    scale by the range      x = (m - m_min) / (m_max - m_min)   over the rescaled ends of the stored range
    MONOCHROME1             x = 1 - x

Run from the repository root:
    /usr/bin/python3 fairness-maven-plugin/src/test/resources/dicom/dicom_reference.py fairness-maven-plugin/src/test/resources/dicom
"""
import os
import sys

import numpy as np
import pydicom
from pydicom.pixel_data_handlers.util import apply_modality_lut


def stored_values(ds):
    bits_stored = int(ds.BitsStored)
    high_bit = int(ds.HighBit)
    signed = int(ds.PixelRepresentation) == 1
    # the raw words, not pixel_array: pydicom keeps the unused high bits of unsigned data
    dtype = np.uint8 if int(ds.BitsAllocated) == 8 else np.dtype("<u2")
    words = np.frombuffer(ds.PixelData, dtype=dtype)[: int(ds.Rows) * int(ds.Columns)].astype(np.int64)
    s = (words >> (high_bit + 1 - bits_stored)) & ((1 << bits_stored) - 1)
    if signed:
        s = np.where(s >= (1 << (bits_stored - 1)), s - (1 << bits_stored), s)
    return s, bits_stored, signed


def normalised(ds):
    s, bits, signed = stored_values(ds)
    low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    m = apply_modality_lut(s.astype(np.float64), ds)
    ends = apply_modality_lut(np.array([low, high], dtype=np.float64), ds)
    m_min, m_max = float(ends.min()), float(ends.max())
    x = (m - m_min) / (m_max - m_min)
    if ds.PhotometricInterpretation == "MONOCHROME1":
        x = 1 - x
    return x


def main(folder):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".dcm"))
    with open(os.path.join(folder, "golden.csv"), "w", newline="\n") as out:
        out.write("file,index,value\n")
        for name in names:
            ds = pydicom.dcmread(os.path.join(folder, name))
            for i, v in enumerate(normalised(ds)):
                out.write("%s,%d,%.7f\n" % (name, i, v))


if __name__ == "__main__":
    main(sys.argv[1])
