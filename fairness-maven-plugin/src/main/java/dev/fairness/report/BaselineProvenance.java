package dev.fairness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.InputException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the baseline's own fairness.json says about where its predictions came from: when and by which plugin
 * version it was written, the model (file name and SHA-256) and the data source. Copied into the new
 * fairness.json's {@code baseline.provenance}, so that a comparison says what it compared against.
 */
final class BaselineProvenance {
    private BaselineProvenance() {
    }

    /** @throws InputException when the file is not JSON, naming it */
    static ObjectNode read(Path file) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException("<baseline><fairnessJson> " + file + " is not a fairness.json (" + e.getMessage()
                    .lines().findFirst().orElse("unreadable") + "). Point it at the fairness.json written with the "
                    + "baseline's predictions, or remove <fairnessJson>.");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String field : new String[] {"schemaVersion", "createdAt", "plugin", "model"}) {
            if (json.has(field)) {
                out.set(field, json.get(field));
            }
        }
        if (json.path("data").has("source")) {
            out.set("dataSource", json.path("data").get("source"));
        }
        return out;
    }
}
