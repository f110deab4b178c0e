package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.messageFor;
import static dev.fairness.maven.ConfigurationFixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.engine.EvaluationSpec;
import dev.fairness.engine.Groupings;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Inputs;
import dev.fairness.engine.OperatingPoints;
import dev.fairness.engine.RunOptions;
import dev.fairness.engine.Throughput;
import dev.fairness.inference.Task;
import dev.fairness.metrics.BootstrapSettings;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pom's statistics and run settings, and the spec the defaults give. */
class SpecReaderTest {

    @Test
    void theDefaultsGiveTheDocumentedSpec() {
        EvaluationSpec spec = SpecReader.spec(valid());

        Path csv = new File("predictions.csv").toPath().toAbsolutePath().normalize();
        EvaluationSpec expected = EvaluationSpec.of(Inputs.predictions(csv, LabelSpec.binaryColumns(
                        List.of("Effusion"))), Path.of("target/fairness"))
                .withInference(Inference.DEFAULT.withTask(Task.BINARY))
                .withThroughput(Throughput.DEFAULT)
                .withGroupings(Groupings.of("sex", "age").withMinGroupSize(30).withMinClassCount(10))
                .withOperatingPoints(OperatingPoints.fixedAt(0.5))
                .withBootstrap(BootstrapSettings.DEFAULT);
        assertEquals(expected, spec);
    }

    @Test
    void theDefaultsRunWithOneWorkerPerCoreAndTheBudgetFromTheHeap() {
        assertEquals(new RunOptions(0, false, null, 0), SpecReader.runOptions(valid()));
    }

    @Test
    void aNegativeBootstrapSaysThatZeroTurnsIntervalsOff() {
        assertEquals("<bootstrap> must be 0 (no intervals) or a number of replicates such as 1000; found -1.",
                messageFor(c -> c.bootstrap = -1));
    }

    @Test
    void aConfidenceLevelOfOneIsRejected() {
        assertEquals("<confidenceLevel> must lie strictly between 0 and 1, e.g. 0.95; found 1.0.",
                messageFor(c -> c.confidenceLevel = 1));
    }

    @Test
    void aNaNConfidenceLevelIsRejected() {
        assertEquals("<confidenceLevel> must lie strictly between 0 and 1, e.g. 0.95; found NaN.",
                messageFor(c -> c.confidenceLevel = Double.NaN));
    }

    @Test
    void negativeWorkersAreRejected() {
        assertEquals("<workers> must be 0 (one per core) or a number of threads such as 4; found -2.",
                messageFor(c -> c.workers = -2));
    }

    @Test
    void aNegativeDecodeBudgetIsRejected() {
        assertEquals("<decodeBudgetMb> must be 0 (half the heap over the workers) or the memory one image may take "
                + "to decode in MB, such as 512; found -1.", messageFor(c -> c.decodeBudgetMb = -1));
    }

    @Test
    void anUnknownDicomKeywordIsRejected() {
        assertEquals("Invalid <dicomAttributes>: <sex>PatientName</sex> names no supported DICOM element. Use "
                + "PatientSex or PatientAge, e.g. <sex>PatientSex</sex>.",
                messageFor(c -> c.dicomAttributes = java.util.Map.of("sex", "PatientName")));
    }
}
