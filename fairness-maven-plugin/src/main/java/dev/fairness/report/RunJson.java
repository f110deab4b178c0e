package dev.fairness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.engine.DataSummary;
import dev.fairness.engine.ExcludedRow;
import dev.fairness.engine.GroupingSummary;
import dev.fairness.engine.ModelSummary;

/** The {@code model} and {@code data} parts of fairness.json: what was evaluated, on which rows. */
final class RunJson {
    private RunJson() {
    }

    static void model(ObjectNode node, ModelSummary model) {
        var info = model.info();
        node.put("file", info.file().toString());
        node.put("sha256", info.sha256());
        node.putObject("input").put("name", info.inputName()).put("layout", info.layout().name())
                .put("channels", info.channels()).put("height", info.height()).put("width", info.width())
                .put("batch", info.batchSize());
        node.putObject("output").put("name", info.outputName()).put("width", info.outputWidth());
        node.put("irVersion", info.irVersion()).put("opset", info.opset()).put("producer", info.producer());
        var p = model.preprocessing();
        ObjectNode pre = node.putObject("preprocessing");
        pre.put("width", p.width()).put("height", p.height()).put("resize", p.resize().configName())
                .put("channels", p.channels().configName()).put("layout", p.layout().name());
        ArrayNode mean = pre.putArray("mean");
        p.mean().forEach(mean::add);
        ArrayNode std = pre.putArray("std");
        p.std().forEach(std::add);
        node.put("runtime", model.runtime());
        node.put("device", model.device().toString());
        if (model.zeroShot() != null) {
            ZeroShotJson.write(node.putObject("zeroShot"), model.zeroShot());
        }
    }

    static void data(ObjectNode node, DataSummary data) {
        node.put("source", data.source());
        node.put("samples", data.samples());
        ArrayNode labels = node.putArray("labels");
        for (int i = 0; i < data.labels().size(); i++) {
            labels.addObject().put("label", data.labels().get(i)).put("positives", data.positives().get(i));
        }
        ArrayNode groupings = node.putArray("groupings");
        for (GroupingSummary g : data.groupings()) {
            ObjectNode gn = groupings.addObject().put("name", g.name()).put("rowsWithoutGroup", g.rowsWithoutGroup());
            ArrayNode groups = gn.putArray("groups");
            for (int i = 0; i < g.groups().size(); i++) {
                groups.addObject().put("name", g.groups().get(i)).put("n", g.sizes().get(i));
            }
        }
        ArrayNode excluded = node.putArray("excludedRows");
        for (ExcludedRow row : data.excludedRows()) {
            excluded.addObject().put("id", row.id()).put("location", row.location()).put("grouping", row.grouping())
                    .put("reason", row.reason());
        }
    }

}
