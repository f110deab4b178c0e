package dev.fairness.inference;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrtMessagesTest {

    @Test
    void dropsTheCppSourceLocationAndSignatureAndKeepsTheReason() {
        assertEquals("Load model from m.onnx failed:ModelProto does not have a graph", OrtMessages.reason(
                new RuntimeException("Error code - ORT_INVALID_GRAPH - message: Load model from m.onnx failed:"
                        + "/onnxruntime_src/onnxruntime/core/graph/model.cc:166 onnxruntime::Model::Model("
                        + "onnx::ModelProto&&, const onnxruntime::PathString&, const onnxruntime::logging::Logger&)"
                        + " ModelProto does not have a graph.")));
        assertEquals("bad (input 2)", OrtMessages.withoutSourceLocation(
                "C:\\\\ort\\\\session.cc:12 void onnxruntime::Session<float>::Run(int) bad (input 2)"));
    }

    @Test
    void leavesTextWithoutASourceLocationAsItIs() {
        assertEquals("Protobuf parsing failed", OrtMessages.reason(new RuntimeException(
                "Error code - ORT_INVALID_PROTOBUF - message: Protobuf parsing failed.")));
        assertEquals("value (a::b(c)) out of range", OrtMessages.withoutSourceLocation("value (a::b(c)) out of range"));
    }
}
