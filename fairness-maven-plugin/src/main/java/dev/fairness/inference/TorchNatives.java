package dev.fairness.inference;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import dev.fairness.InputException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Finds the PyTorch native libraries for DJL's PyTorch engine without the network, and loads the engine.
 *
 * <p>DJL looks in this order (its {@code LibUtils}): the folders of {@code PYTORCH_LIBRARY_PATH} (environment
 * variable or system property) for {@code libtorch.so}; then a {@code native/lib/pytorch.properties} resource of
 * a native jar on the class path ({@code ai.djl.pytorch:pytorch-native-cpu}, extracted once into
 * {@code ~/.djl.ai/pytorch}); else it downloads them. A build must never download, so this class checks the first
 * two itself, fails with what to add when neither is there, and sets DJL's offline mode ({@code ai.djl.offline})
 * so that no other path of DJL reaches the network either.
 */
public final class TorchNatives {
    /** The PyTorch version of {@code pytorch-jni} 2.7.1-0.36.0; the natives must be the same. */
    public static final String PYTORCH_VERSION = "2.7.1";
    static final String LIBRARY_PATH = "PYTORCH_LIBRARY_PATH";
    private static final String PROPERTIES = "native/lib/pytorch.properties";

    private TorchNatives() {
    }

    /**
     * The PyTorch engine, its natives found offline.
     *
     * @param model the TorchScript file, for messages
     * @throws InputException when no natives are found, naming the dependency to add
     */
    public static synchronized Engine engine(Path model) {
        ClassLoader loader = TorchNatives.class.getClassLoader();
        missing(loader, TorchNatives::environmentOrProperty).ifPresent(problem -> {
            throw new InputException(message(model, problem));
        });
        DjlOffline.enable();
        // DJL finds its engine and the natives' resource through the context class loader: the plugin's own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return Engine.getEngine("PyTorch");
        } catch (EngineException | IllegalArgumentException | UnsatisfiedLinkError e) {
            throw new InputException("DJL's PyTorch engine could not start for " + model + " (" + e.getMessage()
                    + "). " + advice(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Why the natives cannot be found without the network, or empty when they can.
     *
     * @param loader where a native jar would be
     * @param settings an environment variable or system property by name, as DJL reads them
     */
    static Optional<String> missing(ClassLoader loader, UnaryOperator<String> settings) {
        String libraryPath = settings.apply(LIBRARY_PATH);
        if (libraryPath != null) {
            String library = System.mapLibraryName("torch");
            for (String folder : libraryPath.split(File.pathSeparator)) {
                if (!folder.isEmpty() && Files.isRegularFile(Path.of(folder).resolve(library))) {
                    return Optional.empty();
                }
            }
            return Optional.of(LIBRARY_PATH + " is " + libraryPath + ", but no folder of it holds " + library);
        }
        String classifier = classifier();
        try {
            Enumeration<URL> resources = loader.getResources(PROPERTIES);
            while (resources.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = resources.nextElement().openStream()) {
                    properties.load(in);
                }
                if (classifier.equals(properties.getProperty("classifier"))
                        && properties.getProperty("version", "").startsWith(PYTORCH_VERSION)) {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            return Optional.of("the class path could not be read (" + e.getMessage() + ")");
        }
        return Optional.of("no PyTorch " + PYTORCH_VERSION + " natives for " + classifier
                + " are on the plugin's class path and " + LIBRARY_PATH + " is not set");
    }

    static String message(Path model, String problem) {
        return "TorchScript model " + model + " needs the PyTorch native libraries, which the plugin does not "
                + "download: " + problem + ". " + advice();
    }

    private static String advice() {
        return "Add ai.djl.pytorch:pytorch-native-cpu:" + PYTORCH_VERSION + " with <classifier>" + classifier()
                + "</classifier> to the plugin's <dependencies> (about 112 MB), or set " + LIBRARY_PATH
                + " to a folder holding " + System.mapLibraryName("torch") + " of PyTorch " + PYTORCH_VERSION
                + " (see the model page of the plugin documentation).";
    }

    /** DJL's platform classifier: {@code linux-x86_64}, {@code linux-aarch64}, {@code osx-aarch64}, ... */
    static String classifier() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("mac") ? "osx" : os.startsWith("win") ? "win" : "linux";
        String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
        return system + "-" + machine;
    }

    private static String environmentOrProperty(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }
}
