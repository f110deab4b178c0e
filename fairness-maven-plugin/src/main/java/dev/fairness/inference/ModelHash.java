package dev.fairness.inference;

import dev.fairness.WorkerThreads;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A model file's SHA-256 and header ({@link ModelFile}), computed now or on a thread of its own while the runtime
 * opens the model. Opening a model and hashing it each read the whole file and each keep one core busy (ONNX
 * Runtime parses and optimizes the graph; SHA-256 is single-threaded), so on two or more cores they overlap: a
 * ViT-B/32 of 351 MB costs the longer of the two instead of their sum. ONNX Runtime reads the file itself (by
 * path): the second reader is served by the operating system's page cache, and no copy of the model is held on the
 * Java heap (a shared {@code byte[]} would cost the model's size in heap and limits a model to 2 GB).
 */
public final class ModelHash {
    private final Path file;
    private final CompletableFuture<ModelFile> result;
    private final boolean inBackground;
    /** Computes the hash on the first {@link #join}, or null when it is computed already or elsewhere. */
    private final Supplier<ModelHash> onJoin;
    private volatile double seconds;

    private ModelHash(Path file, CompletableFuture<ModelFile> result, boolean inBackground) {
        this(file, result, inBackground, null);
    }

    private ModelHash(Path file, CompletableFuture<ModelFile> result, boolean inBackground,
                      Supplier<ModelHash> onJoin) {
        this.file = file;
        this.result = result;
        this.inBackground = inBackground;
        this.onJoin = onJoin;
    }

    /** A hash already known (read earlier in this execution, or just now). */
    public static ModelHash of(Path file, ModelFile known) {
        return new ModelHash(file, CompletableFuture.completedFuture(known), false);
    }

    /**
     * Starts hashing on a daemon thread (unless it was hashed earlier in this execution). A missing file or folder is reported here, at once, with the message of
     * {@link OnnxModel#read}; a read error when the hash is {@link #join joined}.
     *
     * @param debug told how long reading and hashing took
     */
    public static ModelHash inBackground(ModelFiles files, Path file, Consumer<String> debug) {
        OnnxModel.requireModelFile(file);
        ModelFile known = files.known(file);
        if (known != null) {
            return of(file, known);
        }
        CompletableFuture<ModelFile> result = new CompletableFuture<>();
        ModelHash hash = new ModelHash(file, result, true);
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                ModelFile read = files.read(file);
                hash.seconds = (System.nanoTime() - start) / 1e9;
                debug.accept(hash.describe());
                result.complete(read);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "fairness-model-hash");
        thread.setDaemon(true);
        thread.start();
        return hash;
    }

    /** Reads and hashes now, on this thread, saying how long it took (unless it was hashed earlier in this execution). */
    public static ModelHash now(ModelFiles files, Path file, Consumer<String> debug) {
        ModelFile known = files.known(file);
        if (known != null) {
            return of(file, known);
        }
        long start = System.nanoTime();
        ModelHash hash = new ModelHash(file, CompletableFuture.completedFuture(files.read(file)), false);
        hash.seconds = (System.nanoTime() - start) / 1e9;
        debug.accept(hash.describe());
        return hash;
    }

    /**
     * Reads and hashes on the thread that first {@link #join joins} it, as {@link #now}: a runtime that joins only
     * once it has loaded the model (as {@link OnnxModel#open} does) reports a broken file before any of it is hashed.
     */
    public static ModelHash whenJoined(ModelFiles files, Path file, Consumer<String> debug) {
        return new ModelHash(file, new CompletableFuture<>(), false, () -> now(files, file, debug));
    }

    /** The hash, waiting for the thread computing it; its exception when it failed. */
    public ModelFile join() {
        if (onJoin != null) {
            computeOnce();
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw WorkerThreads.unwrapped(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing " + file, e);
        }
    }

    private synchronized void computeOnce() {
        if (result.isDone()) {
            return;
        }
        try {
            ModelHash computed = onJoin.get();
            seconds = computed.seconds;
            result.complete(computed.join());
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /** True once the hash is known (a hash computed in the background may still be running). */
    public boolean isDone() {
        return result.isDone();
    }

    /** Seconds it took to read and hash the file (0 for a hash known before). */
    public double seconds() {
        return seconds;
    }

    /** {@code Model cost: reading and hashing model.onnx (351.4 MB, SHA-256) took 0.62 s (...)}. */
    private String describe() {
        return String.format(java.util.Locale.ROOT, "Model cost: reading and hashing %s (%.1f MB, SHA-256) took %.2f s%s",
                file.getFileName(), file.toFile().length() / 1e6, seconds,
                inBackground ? ", on a thread of its own while the runtime opened the model" : "");
    }
}
