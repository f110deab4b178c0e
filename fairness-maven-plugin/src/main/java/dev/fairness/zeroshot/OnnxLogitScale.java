package dev.fairness.zeroshot;

import dev.fairness.InputException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The raw {@code logit_scale} an ONNX tower carries, read from the file's protobuf without loading it: a scalar float
 * initializer named {@code logit_scale} (as exported from a CLIP module that keeps the parameter), or else a metadata
 * property {@code logit_scale} (set with {@code onnx.helper.set_model_props}). Both hold the trained parameter, whose
 * exp() is the scale, as in CLIP's {@code logit_scale.exp()}. One streaming pass; large tensors are skipped unread.
 */
final class OnnxLogitScale {
    static final String NAME = "logit_scale";
    private static final int GRAPH = 7;
    private static final int METADATA = 14;
    private static final int INITIALIZER = 5;
    private static final int SMALL = 64;

    private OnnxLogitScale() {
    }

    static OptionalDouble read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Fields model = new Fields(in, Long.MAX_VALUE);
            Double initializer = null;
            Double metadata = null;
            while (model.next()) {
                if (model.field == GRAPH && model.wire == 2) {
                    Fields graph = model.message();
                    while (graph.next()) {
                        if (graph.field == INITIALIZER && graph.wire == 2) {
                            Double value = scalar(graph.message(), file);
                            initializer = value != null ? value : initializer;
                        } else {
                            graph.skip();
                        }
                    }
                } else if (model.field == METADATA && model.wire == 2) {
                    Fields entry = model.message();
                    String key = null;
                    String value = null;
                    while (entry.next()) {
                        if (entry.field == 1 || entry.field == 2) {
                            String text = new String(entry.bytes(), StandardCharsets.UTF_8);
                            key = entry.field == 1 ? text : key;
                            value = entry.field == 2 ? text : value;
                        } else {
                            entry.skip();
                        }
                    }
                    metadata = NAME.equals(key) ? parse(value, file) : metadata;
                } else {
                    model.skip();
                }
            }
            return initializer != null ? OptionalDouble.of(initializer)
                    : metadata != null ? OptionalDouble.of(metadata) : OptionalDouble.empty();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            return OptionalDouble.empty(); // not readable as ONNX: ONNX Runtime says why when it loads the file
        }
    }

    /** The value of a {@code TensorProto} named logit_scale with one float (float_data 4 or raw_data 9), else null. */
    private static Double scalar(Fields tensor, Path file) throws IOException {
        String name = null;
        byte[] raw = null;
        Float value = null;
        int count = 0;
        while (tensor.next()) {
            if (tensor.field == 8 && tensor.wire == 2) {
                name = new String(tensor.bytes(), StandardCharsets.UTF_8);
            } else if (tensor.field == 9 && tensor.wire == 2 && tensor.length <= SMALL) {
                raw = tensor.bytes();
            } else if (tensor.field == 4 && tensor.wire == 2 && tensor.length <= SMALL) {
                byte[] packed = tensor.bytes();
                count += packed.length / 4;
                value = packed.length >= 4 ? ByteBuffer.wrap(packed).order(ByteOrder.LITTLE_ENDIAN).getFloat() : value;
            } else if (tensor.field == 4 && tensor.wire == 5) {
                value = Float.intBitsToFloat(tensor.fixed32());
                count++;
            } else {
                tensor.skip();
            }
        }
        if (!NAME.equals(name)) {
            return null;
        }
        if (raw != null) {
            count = raw.length / 4;
            value = raw.length >= 4 ? ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).getFloat() : null;
        }
        if (count != 1 || value == null || !Float.isFinite(value)) {
            throw new InputException(file + " has an initializer logit_scale that is not one finite float. Set "
                    + "<zeroShot><logitScale> to the model's scale, e.g. 100 for CLIP.");
        }
        return (double) value;
    }

    private static double parse(String value, Path file) {
        try {
            double raw = Double.parseDouble(value.strip());
            if (Double.isFinite(raw)) {
                return raw;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // said below
        }
        throw new InputException(file + " has a metadata property logit_scale '" + value + "' that is not a number. "
                + "Set it to the trained logit_scale (CLIP: 4.6052, whose exp() is 100), or set "
                + "<zeroShot><logitScale>.");
    }

    /** Protobuf fields of one message of known length: tag = field << 3 | wire type. */
    private static final class Fields {
        private final InputStream in;
        private final long end;
        private long position;
        int field;
        int wire;
        long length;

        Fields(InputStream in, long end) {
            this.in = in;
            this.end = end;
        }

        boolean next() throws IOException {
            if (position >= end) {
                return false;
            }
            long tag = varint(end == Long.MAX_VALUE);
            if (tag < 0) {
                return false;
            }
            field = (int) (tag >>> 3);
            wire = (int) (tag & 7);
            length = wire == 2 ? varint(false) : 0;
            return true;
        }

        /** The length-delimited field just read, as a message; this message skips past it. */
        Fields message() {
            position += length;
            return new Fields(in, length);
        }

        byte[] bytes() throws IOException {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length != length) {
                throw new EOFException();
            }
            position += length;
            return bytes;
        }

        int fixed32() throws IOException {
            byte[] bytes = in.readNBytes(4);
            if (bytes.length != 4) {
                throw new EOFException();
            }
            position += 4;
            return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }

        void skip() throws IOException {
            long n = switch (wire) {
                case 0 -> {
                    varint(false);
                    yield 0;
                }
                case 1 -> 8;
                case 2 -> length;
                case 5 -> 4;
                default -> throw new IOException("wire type " + wire);
            };
            in.skipNBytes(n);
            position += n;
        }

        private long varint(boolean endOfFileAllowed) throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    if (shift == 0 && endOfFileAllowed) {
                        return -1;
                    }
                    throw new EOFException();
                }
                position++;
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("varint too long");
        }
    }
}
