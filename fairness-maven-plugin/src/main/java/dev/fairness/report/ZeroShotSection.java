package dev.fairness.report;

import dev.fairness.engine.ModelSummary;
import dev.fairness.zeroshot.ClassPrompts;
import dev.fairness.zeroshot.ZeroShotClass;
import dev.fairness.zeroshot.ZeroShotSummary;

import java.util.List;

/**
 * How a zero-shot model scored: mode, ensemble, logit scale and text side, then per class or finding its name,
 * templates and prompts. Rendered after the model section, only for a zero-shot model.
 */
final class ZeroShotSection {
    static final String ID = "fr-zero-shot";

    private ZeroShotSection() {
    }

    static boolean applies(ReportContext c) {
        ModelSummary model = c.result().model();
        return model != null && model.zeroShot() != null;
    }

    static void render(Html html, ReportContext c) {
        if (!applies(c)) {
            return;
        }
        ReportMessages m = c.messages();
        ZeroShotSummary z = c.result().model().zeroShot();
        html.open("section", "id", ID).element("h2", m.get("zeroShot.title"));
        html.open("dl", "class", "fr-facts");
        fact(html, m.get("zeroShot.mode"), m.get("zeroShot.mode." + z.mode()));
        fact(html, m.get("zeroShot.ensemble"), z.ensemble());
        fact(html, m.get("zeroShot.logitScale"), m.get("zeroShot.logitScale.value", m.number(z.logitScale()),
                z.logitScaleSource()));
        fact(html, m.get("zeroShot.textSide"), z.textSide());
        html.close("dl");
        boolean pair = "pair".equals(z.mode());
        html.open("div", "class", "fr-scroll").open("table", "class", "fr-table").open("thead").open("tr")
                .element("th", m.get("zeroShot.label")).element("th", m.get("zeroShot.name"))
                .element("th", m.get("zeroShot.templates")).element("th", m.get("zeroShot.prompts"));
        if (pair) {
            html.element("th", m.get("zeroShot.negativePrompts"));
        }
        html.close("tr").close("thead").open("tbody");
        List<ClassPrompts> prompts = z.prompts();
        for (int i = 0; i < z.classes().size(); i++) {
            ZeroShotClass zc = z.classes().get(i);
            html.open("tr").element("td", zc.label()).element("td", zc.name());
            list(html, pair ? join(zc.templates(), zc.negativeTemplates()) : zc.templates());
            list(html, prompts.get(i).positive());
            if (pair) {
                list(html, prompts.get(i).negative());
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div").close("section");
    }

    private static List<String> join(List<String> positive, List<String> negative) {
        List<String> all = new java.util.ArrayList<>(positive);
        negative.forEach(t -> all.add("− " + t));
        return all;
    }

    private static void list(Html html, List<String> values) {
        html.open("td").open("ul");
        values.forEach(v -> html.element("li", v));
        html.close("ul").close("td");
    }

    private static void fact(Html html, String term, String value) {
        html.element("dt", term).element("dd", value);
    }
}
