package dev.fairness.recipes;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model repositories the recipes run on, generated from the integration tests' data with the recipes copied
 * unchanged from the documentation: a gate repository whose "model" is a predictions file (the seeded pair with a
 * planted regression of known size, {@code src/it/_data/compare}), and a sharding repository with an ONNX model
 * and 200 images ({@code src/it/_data/planted-gap}).
 */
final class RecipeProjects {
    static final String PLUGIN_VERSION = System.getProperty("fairness.pluginVersion", "0.1.0-SNAPSHOT");

    private RecipeProjects() {
    }

    /**
     * The gate repository with {@code scores} ({@code baseline.csv}, {@code improvement.csv} or
     * {@code regression.csv}) as its model's predictions and a TPR gap by sex of at most {@code maximum}.
     */
    static Path gate(String name, String scores, String maximum) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", gatePom(maximum));
        files.put(".gitlab-ci.yml", RecipePages.block(RecipePages.CI, "### GitLab CI", "yaml"));
        files.put(".github/workflows/fairness.yml", RecipePages.block(RecipePages.CI, "### GitHub Actions", "yaml"));
        files.put("Jenkinsfile", RecipePages.block(RecipePages.CI, "### Jenkins", "groovy"));
        return RecipeWorkspace.repository(name, files,
                Map.of("model/predictions.csv", RecipeWorkspace.IT_DATA.resolve("compare/" + scores)));
    }

    /** The sharding repository: 200 images scored by an ONNX model, the sharding page's recipes. */
    static Path shards(String name) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", shardsPom());
        files.put(".gitlab-ci.yml", RecipePages.block(RecipePages.SHARDING, "## GitLab CI: `parallel: N`", "yaml"));
        files.put(".github/workflows/fairness.yml",
                RecipePages.block(RecipePages.SHARDING, "## GitHub Actions: a matrix", "yaml"));
        files.put("Jenkinsfile", RecipePages.block(RecipePages.SHARDING, "## Jenkins: parallel stages", "groovy"));
        Path data = RecipeWorkspace.IT_DATA.resolve("planted-gap");
        return RecipeWorkspace.repository(name, files, Map.of("src/test/fairness/model.onnx", data.resolve("model.onnx"),
                "src/test/fairness/manifest.csv", data.resolve("manifest.csv"),
                "src/test/fairness/images", data.resolve("images")));
    }

    /** The configuration in pluginManagement, as ci.md asks, so that its fairness-baseline profile appends rules. */
    private static String gatePom(String maximum) {
        String profile = RecipePages.block(RecipePages.CI, "### GitHub Actions", "xml");
        return header("model-repo") + """
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin>
                          <groupId>dev.fairness</groupId>
                          <artifactId>fairness-maven-plugin</artifactId>
                          <version>%s</version>
                          <configuration>
                            <predictions>model/predictions.csv</predictions>
                            <labels>
                              <label>Effusion</label>
                            </labels>
                            <attributes>
                              <attribute>sex</attribute>
                            </attributes>
                            <rules>
                              <rule>
                                <metric>tpr</metric>
                                <attribute>sex</attribute>
                                <maximum>%s</maximum>
                              </rule>
                            </rules>
                          </configuration>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                      <plugin>
                        <groupId>dev.fairness</groupId>
                        <artifactId>fairness-maven-plugin</artifactId>
                        <executions>
                          <execution>
                            <goals>
                              <goal>check</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                """.formatted(PLUGIN_VERSION, maximum) + profile + "</project>\n";
    }

    /** Plugin-level configuration, as sharding.md asks, so that the command-line merge sees it. */
    private static String shardsPom() {
        return header("model-repo-sharded") + """
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.fairness</groupId>
                        <artifactId>fairness-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>check</goal>
                            </goals>
                          </execution>
                        </executions>
                        <configuration>
                          <device>cpu</device>
                          <model>src/test/fairness/model.onnx</model>
                          <manifest>src/test/fairness/manifest.csv</manifest>
                          <labels>
                            <label>Effusion</label>
                          </labels>
                          <attributes>
                            <attribute>sex</attribute>
                            <attribute>age</attribute>
                          </attributes>
                          <bins>
                            <age>0,60</age>
                          </bins>
                          <bootstrap>200</bootstrap>
                          <rules>
                            <rule>
                              <metric>tpr</metric>
                              <attribute>sex</attribute>
                              <maximum>0.5</maximum>
                            </rule>
                          </rules>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(PLUGIN_VERSION);
    }

    private static String header(String artifactId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.hospital</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                """.formatted(artifactId);
    }
}
