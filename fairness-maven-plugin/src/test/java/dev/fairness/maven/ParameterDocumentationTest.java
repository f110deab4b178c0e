package dev.fairness.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The goal pages of the documentation site are generated from the plugin descriptor, which carries each
 * parameter's Javadoc: a parameter without Javadoc would be a blank row there. This test reads the descriptor
 * that maven-plugin-plugin wrote into target/classes and fails naming every goal or parameter without text.
 */
class ParameterDocumentationTest {

    private static final String DESCRIPTOR = "/META-INF/maven/plugin.xml";

    @Test
    void everyGoalAndUserParameterHasADescription() throws Exception {
        Document descriptor = descriptor();
        List<String> undocumented = new ArrayList<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        assertFalse(mojos.getLength() == 0, "the plugin descriptor lists no goals");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = text(mojo, "goal");
            if (text(mojo, "description").isBlank()) {
                undocumented.add("goal " + goal);
            }
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                boolean userFacing = "true".equals(text(parameter, "editable"));
                if (userFacing && text(parameter, "description").isBlank()) {
                    undocumented.add(goal + ": <" + text(parameter, "name") + ">");
                }
            }
        }
        assertEquals(List.of(), undocumented, "goals and parameters without Javadoc (their site pages would be blank)");
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = ParameterDocumentationTest.class.getResourceAsStream(DESCRIPTOR)) {
            assertNotNull(in, DESCRIPTOR + " is missing: maven-plugin-plugin writes it in process-classes");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The text of the direct child element {@code name}, or "" when there is none. */
    private static String text(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        return "";
    }
}
