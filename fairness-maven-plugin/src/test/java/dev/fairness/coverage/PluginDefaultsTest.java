package dev.fairness.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The coverage suite measures the plugin with the defaults its goals declare (the generated plugin descriptor). */
class PluginDefaultsTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private static Set<String> defaults(String parameter) throws IOException {
        assertTrue(Files.isRegularFile(DESCRIPTOR), DESCRIPTOR + " is generated before the tests run");
        Matcher m = Pattern.compile("<" + parameter + " implementation=\"int\" default-value=\"(\\d+)\">")
                .matcher(Files.readString(DESCRIPTOR));
        Set<String> values = new TreeSet<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    void theSuiteLeavesOutGroupsBelowThePluginsDefaultMinimumGroupSize() throws IOException {
        assertEquals(Set.of(String.valueOf(PluginDefaults.MIN_GROUP_SIZE)), defaults("minGroupSize"));
    }

    @Test
    void theSuiteLeavesOutGroupsBelowThePluginsDefaultMinimumClassCount() throws IOException {
        assertEquals(Set.of(String.valueOf(PluginDefaults.MIN_CLASS_COUNT)), defaults("minClassCount"));
    }
}
