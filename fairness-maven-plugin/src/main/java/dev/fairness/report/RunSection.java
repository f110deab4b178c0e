package dev.fairness.report;

import dev.fairness.engine.LabelResult;
import dev.fairness.metrics.BootstrapSettings;
import dev.fairness.metrics.Interval;

/** The run: project, plugin version, seed, when it was evaluated and the minimum group size. */
final class RunSection {
    static final String ID = "fr-run";

    private RunSection() {
    }

    /** The bootstrap's seed, replicates and level, or that there was no resampling. */
    static String seed(ReportContext c) {
        for (LabelResult label : c.result().labels()) {
            if (label.bootstrap() != null) {
                BootstrapSettings s = label.bootstrap().settings();
                return c.messages().get("run.seed.value", Long.toString(s.seed()), Integer.toString(s.replicates()),
                        Interval.levelText(s.confidenceLevel()));
            }
        }
        return c.messages().get("run.seed.none");
    }

    static void render(Html html, ReportContext c) {
        ReportMessages m = c.messages();
        html.open("section", "id", ID).element("h2", m.get("run.title")).open("dl", "class", "fr-facts");
        if (c.source().projectName() != null) {
            html.element("dt", m.get("run.project")).element("dd", c.source().projectName());
        }
        html.element("dt", m.get("run.plugin")).element("dd", m.get("run.plugin.value", c.result().pluginVersion()))
                .element("dt", m.get("run.time")).element("dd", UtcTimestamp.readable(c.result().createdAt()))
                .element("dt", m.get("run.seed")).element("dd", seed(c))
                .element("dt", m.get("run.minGroupSize")).element("dd", Integer.toString(c.result().minGroupSize()))
                .close("dl").close("section");
    }
}
