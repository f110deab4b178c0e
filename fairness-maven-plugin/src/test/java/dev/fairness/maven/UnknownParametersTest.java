package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3ReaderEx;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt parameter is refused, against this plugin's real descriptor (the one maven-plugin-plugin writes) and
 * poms read as Maven reads them (with the elements' lines and columns).
 */
class UnknownParametersTest {
    private static final String WHY = " Maven ignores an element it does not know, so fairness:check would run with the "
            + "default instead of the value you wrote. Correct the name, or remove the element.";

    @TempDir
    Path dir;

    private static PluginDescriptor descriptor() throws Exception {
        try (InputStream in = UnknownParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            return new PluginDescriptorBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** A project whose pom has this plugin with {@code configuration} and {@code executions} inside it. */
    private MavenProject project(String configuration, String executions) throws Exception {
        String pom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>g</groupId>
                  <artifactId>a</artifactId>
                  <version>1</version>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.fairness</groupId>
                        <artifactId>fairness-maven-plugin</artifactId>
                        <configuration>
                %s
                        </configuration>
                        <executions>
                %s
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(configuration, executions);
        Path file = Files.writeString(dir.resolve("pom.xml"), pom);
        InputSource source = new InputSource();
        source.setLocation(file.toString());
        Model model;
        try (InputStream in = Files.newInputStream(file)) {
            model = new MavenXpp3ReaderEx().read(in, true, source);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(file.toFile());
        return project;
    }

    private static MojoExecution execution(String goal, String id) throws Exception {
        return new MojoExecution(descriptor().getMojo(goal), id);
    }

    private static InputException refused(MavenProject project, MojoExecution execution) {
        return assertThrows(InputException.class, () -> UnknownParameters.check(project, execution));
    }

    @Test
    void aMisspeltThresholdFailsNamingTheElementWhereItIsTheGoalAndTheClosestName() throws Exception {
        MavenProject project = project("          <treshold>0.3</treshold>", "");

        assertEquals("Unknown parameter <treshold> in the plugin's <configuration> (pom.xml, line 12, column 21): no "
                + "goal of fairness-maven-plugin has such a parameter; did you mean <threshold>?" + WHY,
                refused(project, execution("check", "default")).getMessage());
    }

    @Test
    void aMisspeltMinGroupSizeInAnExecutionIsComparedWithTheExecutionsGoal() throws Exception {
        MavenProject project = project("", """
                          <execution>
                            <id>gate</id>
                            <goals><goal>check</goal></goals>
                            <configuration><minGroupSise>50</minGroupSise></configuration>
                          </execution>""");

        assertEquals("Unknown parameter <minGroupSise> in the <configuration> of execution 'gate' (pom.xml, line 18, "
                + "column 32): fairness:check has no such parameter; did you mean <minGroupSize>?" + WHY,
                refused(project, execution("check", "gate")).getMessage());
    }

    @Test
    void aParameterOfAnotherGoalIsSharedInThePluginsConfigurationButNotInAnExecutionOfCheck() throws Exception {
        String baselineDirectory = "<baselineDirectory>b</baselineDirectory>";
        assertDoesNotThrow(() -> UnknownParameters.check(project("          " + baselineDirectory, ""),
                execution("check", "default")));

        MavenProject project = project("", """
                          <execution>
                            <id>gate</id>
                            <goals><goal>check</goal></goals>
                            <configuration>%s</configuration>
                          </execution>""".formatted(baselineDirectory));
        assertEquals("Unknown parameter <baselineDirectory> in the <configuration> of execution 'gate' (pom.xml, line "
                + "18, column 37): fairness:check has no such parameter." + WHY,
                refused(project, execution("check", "gate")).getMessage());
    }

    @Test
    void anExecutionOfTwoGoalsAcceptsEitherGoalsParameters() throws Exception {
        MavenProject project = project("", """
                          <execution>
                            <id>both</id>
                            <goals><goal>check</goal><goal>baseline</goal></goals>
                            <configuration><baselineDirectory>b</baselineDirectory><treshold>1</treshold></configuration>
                          </execution>""");

        assertEquals("Unknown parameter <treshold> in the <configuration> of execution 'both' (pom.xml, line 18, "
                + "column 68): none of its goals (fairness:check, fairness:baseline) has such a parameter; did you "
                + "mean <threshold>?" + WHY, refused(project, execution("check", "both")).getMessage());
    }

    @Test
    void everyUnknownElementIsNamedAndANameFarFromEveryParameterGetsNoSuggestion() throws Exception {
        MavenProject project = project("          <treshold>0.3</treshold>\n          <colour>red</colour>", "");

        assertEquals("Unknown parameter <treshold> in the plugin's <configuration> (pom.xml, line 12, column 21): no "
                + "goal of fairness-maven-plugin has such a parameter; did you mean <threshold>?" + WHY + " Also "
                + "unknown: <colour> in the plugin's <configuration> (pom.xml, line 13, column 19): no goal of "
                + "fairness-maven-plugin has such a parameter.", refused(project, execution("check", "default")).getMessage());
    }

    @Test
    void thePluginsConfigurationCopiedIntoAnExecutionIsJudgedOnceAsThePlugins() throws Exception {
        // Maven's model builder copies the plugin's configuration into each execution's, as here by hand
        MavenProject project = project("          <treshold>0.3</treshold>\n          <baselineDirectory>b</baselineDirectory>",
                """
                          <execution>
                            <id>gate</id>
                            <goals><goal>check</goal></goals>
                            <configuration><treshold>0.3</treshold><baselineDirectory>b</baselineDirectory></configuration>
                          </execution>""");

        assertEquals("Unknown parameter <treshold> in the plugin's <configuration> (pom.xml, line 12, column 21): no "
                + "goal of fairness-maven-plugin has such a parameter; did you mean <threshold>?" + WHY,
                refused(project, execution("check", "gate")).getMessage());
    }

    @Test
    void aConfigurationOfKnownParametersPasses() throws Exception {
        MavenProject project = project("""
                          <threshold>0.3</threshold>
                          <minGroupSize>20</minGroupSize>
                          <rules><rule><metric>tpr</metric></rule></rules>""", "");

        assertDoesNotThrow(() -> UnknownParameters.check(project, execution("check", "default")));
    }

    @Test
    void anAliasIsAKnownName() {
        Parameter parameter = new Parameter();
        parameter.setName("threshold");
        parameter.setAlias("cutOff");
        MojoDescriptor goal = new MojoDescriptor();
        goal.setGoal("check");
        assertDoesNotThrow(() -> goal.addParameter(parameter));

        assertEquals(Set.of("threshold", "cutOff"), UnknownParameters.names(goal));
    }

    @Test
    void theClosestNameIsOfferedOnlyWhenFewEditsAway() {
        Set<String> known = Set.of("threshold", "thresholds", "minGroupSize", "bootstrap");

        assertEquals("threshold", UnknownParameters.closest("treshold", known));
        assertEquals("threshold", UnknownParameters.closest("Threshold", known));
        assertEquals("minGroupSize", UnknownParameters.closest("minGroupSise", known));
        assertEquals(null, UnknownParameters.closest("colour", known));
        assertEquals(null, UnknownParameters.closest("boot", known), "5 edits from bootstrap: not the same word");
        assertEquals(3, EditDistance.between("kitten", "sitting"));
    }
}
