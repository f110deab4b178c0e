package dev.fairness.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a cold JVM, loading a class costs CPU the build pays once per run: fairness.json is written without loading
 * Jackson's generator, factory or pretty printer (measured: about 70 classes, more than 0.1 s of CPU).
 */
class PrettyJsonColdTest {

    @Test
    void writingATreeLoadsNoClassOfJacksonsStreamingGenerator() throws Exception {
        Set<String> loaded;
        try (Recording loader = new Recording()) {
            loader.loadClass(Writer.class.getName()).getMethod("run").invoke(null);
            loaded = loader.loaded;
        }
        assertEquals(true, loaded.contains(PrettyJson.class.getName()) && loaded.contains(ObjectNode.class.getName()),
                "the writer and the tree were loaded by the recording loader: " + loaded);
        Set<String> generator = new TreeSet<>();
        for (String name : loaded) {
            if (name.contains("Generator") || name.contains("JsonFactory") || name.contains("PrettyPrinter")) {
                generator.add(name);
            }
        }
        assertEquals(Set.of(), generator);
    }

    /** Builds and writes a tree inside the recording loader. */
    public static final class Writer {
        public static void run() throws IOException {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("schemaVersion", 3).put("value", 0.25).putNull("none");
            json.putArray("labels").addObject().put("label", "Effusion").put("n", 1L << 40);
            PrettyJson.write(json, OutputStream.nullOutputStream());
        }
    }

    /** Loads the plugin's and Jackson's classes itself (child first) from the test's class path and names them. */
    private static final class Recording extends URLClassLoader {
        final Set<String> loaded = new TreeSet<>();

        Recording() throws MalformedURLException {
            super(classPath(), PrettyJsonColdTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.fairness.") && !name.startsWith("com.fasterxml.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                    loaded.add(name);
                }
                return c;
            }
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        }
    }
}
