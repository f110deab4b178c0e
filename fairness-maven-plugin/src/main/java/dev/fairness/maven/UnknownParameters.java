package dev.fairness.maven;

import dev.fairness.InputException;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses an element of this plugin's configuration that no parameter reads. Maven 3.8 drops an unknown element
 * directly under {@code <configuration>} without a word (3.9 only warns), so {@code <treshold>0.3</treshold>}
 * would leave the default threshold in force and the gate would judge something else than the pom says: a pass
 * that should be a failure. The raw configuration is read from the project model, because the execution's own
 * configuration has the unknown elements filtered out already. Plugin-level configuration is shared by every goal,
 * so there an element is unknown when no goal of the plugin has it; an execution's configuration is compared with
 * its goals' parameters. Nested elements (inside {@code <rules>}) need no check: Maven's configurator already fails
 * on a field the configuration class does not have.
 */
final class UnknownParameters {
    /** How far (in edits) a known name may be from the element to be offered as "did you mean". */
    private static final int CLOSE = 3;

    private UnknownParameters() {
    }

    /**
     * @throws InputException naming the first unknown element, where it is, the goal and the closest known name
     *                        (and every further unknown element)
     */
    static void check(MavenProject project, MojoExecution execution) {
        MojoDescriptor goal = execution.getMojoDescriptor();
        PluginDescriptor plugin = goal.getPluginDescriptor();
        Set<String> everyGoals = new LinkedHashSet<>();
        plugin.getMojos().forEach(m -> everyGoals.addAll(names(m)));
        List<String> problems = new ArrayList<>();
        File basedir = project.getBasedir();
        Plugin declared = declared(project, plugin.getPluginLookupKey());
        if (declared != null) {
            problems.addAll(unknown(dom(declared.getConfiguration()), everyGoals, "the plugin's <configuration>",
                    "no goal of " + plugin.getArtifactId() + " has such a parameter", basedir));
            PluginExecution own = declared.getExecutionsAsMap().get(execution.getExecutionId());
            if (own != null) {
                Set<String> names = new LinkedHashSet<>(names(goal));
                List<String> goals = new ArrayList<>();
                for (String g : own.getGoals()) {
                    MojoDescriptor other = plugin.getMojo(g);
                    if (other != null) {
                        names.addAll(names(other));
                        goals.add(plugin.getGoalPrefix() + ":" + g);
                    }
                }
                String none = goals.size() > 1 ? "none of its goals (" + String.join(", ", goals) + ") has such a "
                        + "parameter" : name(goal) + " has no such parameter";
                // Maven copies the plugin's configuration into each execution's: judge only the execution's own
                problems.addAll(unknown(ownElements(dom(own.getConfiguration()), dom(declared.getConfiguration())),
                        names, "the <configuration> of execution '" + own.getId() + "'", none, basedir));
            }
        }
        if (goal.getGoal().equals("report")) { // the site's configuration of the report, shared by the report sets
            for (ReportPlugin report : project.getReportPlugins()) {
                if (report.getKey().equals(plugin.getPluginLookupKey())) {
                    String none = "no goal of " + plugin.getArtifactId() + " has such a parameter";
                    problems.addAll(unknown(dom(report.getConfiguration()), everyGoals,
                            "the <reporting> plugin's <configuration>", none, basedir));
                    for (ReportSet set : report.getReportSets()) {
                        problems.addAll(unknown(dom(set.getConfiguration()), everyGoals, "the <configuration> of "
                                + "report set '" + set.getId() + "'", none, basedir));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(message(name(goal), problems));
        }
    }

    /** The sentence for the problems found: the first in full, the others after it. */
    static String message(String goal, List<String> problems) {
        String first = problems.get(0);
        StringBuilder m = new StringBuilder("Unknown parameter ").append(first).append(first.endsWith("?") ? " " : ". ")
                .append("Maven ignores an element it does not know, so ").append(goal).append(" would run with the default instead of the "
                + "value you wrote. Correct the name, or remove the element.");
        if (problems.size() > 1) {
            String others = String.join("; ", problems.subList(1, problems.size()));
            m.append(" Also unknown: ").append(others).append(others.endsWith("?") ? "" : ".");
        }
        return m.toString();
    }

    /**
     * {@code <treshold> in the plugin's <configuration> (pom.xml, line 31, column 11): no goal ... has such a
     * parameter; did you mean <threshold>?}, one per element of {@code configuration} that is not in {@code known}.
     */
    static List<String> unknown(Xpp3Dom configuration, Set<String> known, String where, String none, File basedir) {
        List<String> problems = new ArrayList<>();
        if (configuration == null) {
            return problems;
        }
        for (Xpp3Dom element : configuration.getChildren()) {
            String name = element.getName();
            if (known.contains(name)) {
                continue;
            }
            String closest = closest(name, known);
            problems.add("<" + name + "> in " + where + location(element, basedir) + ": " + none
                    + (closest == null ? "" : "; did you mean <" + closest + ">?"));
        }
        return problems;
    }

    /** The known name fewest edits away (ignoring case), when it is close enough to be the one meant; else null. */
    static String closest(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = EditDistance.between(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.min(CLOSE, Math.max(1, name.length() / 3)) ? best : null;
    }

    /** {@code  (pom.xml, line 31, column 11)}, the pom relative to the project; "" when Maven did not track it. */
    private static String location(Xpp3Dom element, File basedir) {
        if (!(element.getInputLocation() instanceof InputLocation at) || at.getLineNumber() <= 0) {
            return "";
        }
        String file = "pom.xml";
        if (at.getSource() != null && at.getSource().getLocation() != null) {
            Path pom = Path.of(at.getSource().getLocation()).toAbsolutePath().normalize();
            file = basedir == null ? pom.toString()
                    : basedir.toPath().toAbsolutePath().normalize().relativize(pom).toString();
        }
        return " (" + file + ", line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
    }

    /** The elements of an execution's configuration that the plugin's configuration does not have. */
    private static Xpp3Dom ownElements(Xpp3Dom execution, Xpp3Dom plugin) {
        if (execution == null || plugin == null) {
            return execution;
        }
        Xpp3Dom own = new Xpp3Dom(execution.getName());
        for (Xpp3Dom element : execution.getChildren()) {
            if (plugin.getChild(element.getName()) == null) {
                own.addChild(element);
            }
        }
        return own;
    }

    /** The plugin as the project's build declares it, or as its plugin management does (a goal run by name). */
    private static Plugin declared(MavenProject project, String key) {
        Plugin plugin = project.getBuild() == null ? null : project.getBuild().getPluginsAsMap().get(key);
        if (plugin == null && project.getPluginManagement() != null) {
            plugin = project.getPluginManagement().getPluginsAsMap().get(key);
        }
        return plugin;
    }

    private static Xpp3Dom dom(Object configuration) {
        return configuration instanceof Xpp3Dom dom ? dom : null;
    }

    /** A goal's parameter names and their aliases. */
    static Set<String> names(MojoDescriptor goal) {
        Set<String> names = new LinkedHashSet<>();
        if (goal.getParameters() != null) {
            for (Parameter p : goal.getParameters()) {
                names.add(p.getName());
                if (p.getAlias() != null && !p.getAlias().isBlank()) {
                    names.add(p.getAlias());
                }
            }
        }
        return names;
    }

    private static String name(MojoDescriptor goal) {
        return goal.getPluginDescriptor().getGoalPrefix() + ":" + goal.getGoal();
    }
}
