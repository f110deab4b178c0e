package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.engine.EvaluatorStatisticsFixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fairness.json without an ObjectMapper is the same bytes as with one (INDENT_OUTPUT, as main wrote it). */
class PrettyJsonTest {
    private static final ObjectMapper JACKSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void aWholeFairnessJsonWithIntervalsIsWrittenByteForByteAsObjectMapperWritesIt(@TempDir Path dir)
            throws IOException {
        ObjectNode json = FairnessJson.toJson(EvaluatorStatisticsFixtures.result(dir));

        assertArrayEquals(JACKSON.writeValueAsBytes(json), written(json));
    }

    @Test
    void escapesNumbersNullsAndEmptyContainersAreWrittenAsObjectMapperWritesThem() throws IOException {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("text", "quote \" backslash \\ slash / tab \t line\n nul \u0000 esc \u001b é ✓ 𝛼 \u2028");
        json.put("int", -7).put("long", 1L << 40).put("double", 0.1 + 0.2).put("tiny", 4.9e-324)
                .put("big", 1.0e300).put("whole", 2.0).put("nan", Double.NaN).put("float", 0.1f)
                .put("decimal", new BigDecimal("1.50")).put("integer", new BigInteger("123456789012345678901234567890"))
                .put("yes", true).putNull("none");
        json.putObject("empty");
        json.putArray("emptyArray");
        json.putArray("array").add(1).add("two").addNull().addObject().put("k", 0.5);
        json.putArray("nested").addArray().add(1.25).add(false);

        assertEquals(new String(JACKSON.writeValueAsBytes(json), StandardCharsets.UTF_8),
                new String(written(json), StandardCharsets.UTF_8));
    }

    private static byte[] written(JsonNode json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrettyJson.write(json, out);
        return out.toByteArray();
    }
}
