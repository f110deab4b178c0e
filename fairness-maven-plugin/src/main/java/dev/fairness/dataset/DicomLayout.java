package dev.fairness.dataset;

import dev.fairness.InputException;

import java.nio.file.Path;

/**
 * The pixel layout a DICOM header declares, checked before any pixel is read: one grey frame (MONOCHROME1 or 2,
 * one sample per pixel), 8 or 16 bits allocated, consistent bits stored and high bit, a non-zero rescale slope,
 * and a size within {@link ImageDecoder#MAX_PIXELS}.
 *
 * @param rows    image height
 * @param columns image width
 * @param offset  where the pixel data starts in the file
 * @param scaling how a stored sample becomes a value in [0, 1]
 */
record DicomLayout(int rows, int columns, long offset, DicomPixelScaling scaling) {
    static DicomLayout of(DicomHeader header, Path file, String location) {
        Element e = new Element(header, file, location);
        int samples = e.integer(DicomHeader.SAMPLES_PER_PIXEL, "Samples per Pixel (0028,0002)", 1);
        String photometric = header.value(DicomHeader.PHOTOMETRIC);
        int frames = e.integer(DicomHeader.FRAMES, "Number of Frames (0028,0008)", 1);
        int rows = e.integer(DicomHeader.ROWS, "Rows (0028,0010)", 0);
        int columns = e.integer(DicomHeader.COLUMNS, "Columns (0028,0011)", 0);
        int allocated = e.integer(DicomHeader.BITS_ALLOCATED, "Bits Allocated (0028,0100)", 16);
        int stored = e.integer(DicomHeader.BITS_STORED, "Bits Stored (0028,0101)", allocated);
        int highBit = e.integer(DicomHeader.HIGH_BIT, "High Bit (0028,0102)", stored - 1);
        int representation = e.integer(DicomHeader.PIXEL_REPRESENTATION, "Pixel Representation (0028,0103)", 0);
        double intercept = e.decimal(DicomHeader.RESCALE_INTERCEPT, "Rescale Intercept (0028,1052)", 0);
        double slope = e.decimal(DicomHeader.RESCALE_SLOPE, "Rescale Slope (0028,1053)", 1);

        boolean monochrome = "MONOCHROME1".equals(photometric) || "MONOCHROME2".equals(photometric);
        if (samples != 1 || !monochrome) {
            throw unsupported(file, location, "Photometric Interpretation " + (photometric == null ? "missing"
                    : photometric) + ", " + samples + " sample(s) per pixel");
        }
        if (frames != 1) {
            throw unsupported(file, location, frames + " frames");
        }
        if (allocated != 8 && allocated != 16) {
            throw unsupported(file, location, allocated + " bits allocated");
        }
        if (allocated == 8 && representation == 1) {
            throw unsupported(file, location, "signed 8-bit samples");
        }
        if (representation != 0 && representation != 1) {
            throw e.bad("Pixel Representation (0028,0103)", String.valueOf(representation), "0 or 1");
        }
        if (stored < 1 || stored > allocated) {
            throw e.bad("Bits Stored (0028,0101)", String.valueOf(stored), "1 to " + allocated);
        }
        if (highBit < stored - 1 || highBit >= allocated) {
            throw e.bad("High Bit (0028,0102)", String.valueOf(highBit), (stored - 1) + " to " + (allocated - 1));
        }
        if (slope == 0 || !Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw e.bad("Rescale Slope (0028,1053)", header.value(DicomHeader.RESCALE_SLOPE),
                    "a finite number other than 0");
        }
        if (rows <= 0 || columns <= 0) {
            throw new InputException(DicomMessages.corrupt(location, file, "Rows " + rows + ", Columns " + columns));
        }
        if ((long) rows * columns > ImageDecoder.MAX_PIXELS) {
            throw new InputException(Messages.imageTooLarge(location, file, columns, rows, ImageDecoder.MAX_PIXELS));
        }
        long offset = e.integer(DicomHeader.PIXEL_DATA, "Pixel Data (7FE0,0010)", 0);
        return new DicomLayout(rows, columns, offset, new DicomPixelScaling(allocated, stored, highBit,
                representation == 1, slope, intercept, "MONOCHROME1".equals(photometric)));
    }

    private static InputException unsupported(Path file, String location, String detail) {
        return new InputException(DicomMessages.layoutUnsupported(location, file, detail));
    }

    /** Reads numeric elements, failing with the element's name when one is not a number. */
    private record Element(DicomHeader header, Path file, String location) {
        int integer(String tag, String name, int fallback) {
            Integer value = header.integer(tag, fallback);
            if (value == null) {
                throw bad(name, header.value(tag), "a whole number");
            }
            return value;
        }

        double decimal(String tag, String name, double fallback) {
            Double value = header.decimal(tag, fallback);
            if (value == null) {
                throw bad(name, header.value(tag), "a decimal number");
            }
            return value;
        }

        InputException bad(String name, String found, String expected) {
            return new InputException(DicomMessages.badElement(location, file, name, found, expected));
        }
    }
}
