package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@link Configuration} is the goals' parameters as values: every field is copied from the goal, and its defaults
 * are the parameters' defaults, so that the reader's tests see what Maven would inject.
 */
class ConfigurationTest {

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : Configuration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** A value of the field's type that no default has. */
    private static Object marker(Class<?> type) {
        if (type == int.class) {
            return 7;
        } else if (type == long.class) {
            return 7L;
        } else if (type == double.class) {
            return 0.7;
        } else if (type == boolean.class) {
            return true;
        } else if (type == Double.class) {
            return 0.07;
        } else if (type == String.class) {
            return "marker";
        } else if (type == File.class) {
            return new File("marker");
        } else if (type == List.class) {
            return new ArrayList<>(List.of());
        } else if (type == Map.class) {
            return new java.util.HashMap<>();
        } else if (type == ZeroShotConfiguration.class) {
            return new ZeroShotConfiguration();
        }
        try { // a configuration class of the plugin: a fresh instance is a marker no default has
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no marker for " + type, e);
        }
    }

    @Test
    void everyParameterOfTheGoalIsCopiedIntoTheConfiguration() throws Exception {
        CheckMojo goal = new CheckMojo();
        List<Object> markers = new ArrayList<>();
        for (Field field : fields()) {
            Field parameter = Configuration.parameter(field.getName());
            assertEquals(field.getGenericType(), parameter.getGenericType(), field.getName());
            Object marker = marker(field.getType());
            parameter.setAccessible(true);
            parameter.set(goal, marker);
            markers.add(marker);
        }

        Configuration copy = goal.configuration();

        List<Field> fields = fields();
        for (int i = 0; i < fields.size(); i++) {
            Object copied = fields.get(i).get(copy);
            if (fields.get(i).getType().isPrimitive()) {
                assertEquals(markers.get(i), copied, fields.get(i).getName());
            } else {
                assertSame(markers.get(i), copied, fields.get(i).getName());
            }
        }
    }

    @Test
    void everyEvaluationParameterOfTheGoalHasAConfigurationField() {
        List<String> goalOnly = List.of("failOnViolation", "skip", "pluginVersion", "session",
                "mojoExecution", "repositorySystem"); // how the goal acts, not what
        List<String> configured = fields().stream().map(Field::getName).toList();
        List<String> missing = new ArrayList<>();
        for (Class<?> type = AbstractFairnessMojo.class; type != org.apache.maven.plugin.AbstractMojo.class;
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !goalOnly.contains(field.getName())
                        && !configured.contains(field.getName())) {
                    missing.add(field.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "parameters that SpecReader would never see");
    }

    @Test
    void theDefaultsAreTheParametersDefaults() throws Exception {
        Configuration defaults = new Configuration();
        Element check = checkGoalConfiguration();
        int compared = 0;
        for (Field field : fields()) {
            Element parameter = child(check, field.getName());
            String declared = parameter == null ? "" : parameter.getAttribute("default-value");
            Object value = field.get(defaults);
            if (declared.contains("${")) {
                continue; // an expression (the output directory): Maven's to evaluate
            }
            assertEquals(declared.isEmpty() ? null : declared, value == null ? null : String.valueOf(value),
                    field.getName());
            compared++;
        }
        assertEquals(fields().size() - 1, compared, "every default but the output directory's was compared");
    }

    private static Element checkGoalConfiguration() throws Exception {
        try (InputStream in = ConfigurationTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is missing: maven-plugin-plugin writes it in process-classes");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document descriptor = factory.newDocumentBuilder().parse(in);
            var mojos = descriptor.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                if ("check".equals(child(mojo, "goal").getTextContent().trim())) {
                    return child(mojo, "configuration");
                }
            }
            throw new AssertionError("no check goal in the plugin descriptor");
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
