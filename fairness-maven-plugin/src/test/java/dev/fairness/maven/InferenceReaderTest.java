package dev.fairness.maven;

import static dev.fairness.maven.ConfigurationFixture.messageFor;
import static dev.fairness.maven.ConfigurationFixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.dataset.Preprocessing.ChannelMode;
import dev.fairness.dataset.Preprocessing.ResizeMode;
import dev.fairness.engine.ImageInput;
import dev.fairness.engine.Inference;
import dev.fairness.engine.Throughput;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code <outputs>}, {@code <preprocessing>}, {@code <device>}, {@code <batchSize>} and {@code <threads>}. */
class InferenceReaderTest {

    private static String preprocessingMessage(Consumer<PreprocessingConfiguration> change) {
        return messageFor(c -> {
            c.preprocessing = new PreprocessingConfiguration();
            change.accept(c.preprocessing);
        });
    }

    @Test
    void everyInferenceSettingIsCarriedIntoTheSpec() {
        Configuration c = valid();
        c.outputs = "logits";
        c.device = "cuda:1";
        c.batchSize = 8;
        c.threads = 2;
        c.preprocessing = new PreprocessingConfiguration();
        c.preprocessing.width = 224;
        c.preprocessing.height = 200;
        c.preprocessing.resize = "shorterSideCrop";
        c.preprocessing.channels = "rgb";
        c.preprocessing.mean = List.of(0.5f);
        c.preprocessing.std = List.of(0.25f, 0.5f, 2f);

        var spec = SpecReader.spec(c);

        assertEquals(new Inference(Task.BINARY, OutputKind.LOGITS, new ImageInput(224, 200,
                ResizeMode.SHORTER_SIDE_CROP, ChannelMode.RGB, List.of(0.5), List.of(0.25, 0.5, 2.0)),
                Device.cuda(1)), spec.inference());
        assertEquals(new Throughput(8, 2), spec.throughput());
    }

    @Test
    void aNegativeBatchSizeIsRejected() {
        assertEquals("<batchSize> must be 0 (the model's fixed batch size, else 16) or a number of images such as "
                + "16; found -1.", messageFor(c -> c.batchSize = -1));
    }

    @Test
    void negativeThreadsAreRejected() {
        assertEquals("<threads> must be 0 (one per core) or a number of threads such as 4; found -3.",
                messageFor(c -> c.threads = -3));
    }

    @Test
    void aZeroWidthIsRejected() {
        assertEquals("<preprocessing><width> must be a positive number of pixels, e.g. 224; found 0.",
                preprocessingMessage(p -> p.width = 0));
    }

    @Test
    void aNegativeHeightIsRejected() {
        assertEquals("<preprocessing><height> must be a positive number of pixels, e.g. 224; found -224.",
                preprocessingMessage(p -> p.height = -224));
    }

    @Test
    void aNaNMeanIsRejected() {
        assertEquals("<preprocessing><mean> must be finite numbers, one or one per channel, e.g. 0.485,0.456,0.406; "
                + "found NaN.", preprocessingMessage(p -> p.mean = List.of(0.5f, Float.NaN)));
    }

    @Test
    void aZeroStdIsRejected() {
        assertEquals("<preprocessing><std> must be positive finite numbers, one or one per channel, e.g. "
                + "0.229,0.224,0.225; found 0.0.", preprocessingMessage(p -> p.std = List.of(0f)));
    }

    @Test
    void anInfiniteStdIsRejected() {
        assertEquals("<preprocessing><std> must be positive finite numbers, one or one per channel, e.g. "
                + "0.229,0.224,0.225; found Infinity.",
                preprocessingMessage(p -> p.std = List.of(Float.POSITIVE_INFINITY)));
    }

    @Test
    void anEmptyMeanEntryIsRejected() {
        assertEquals("<preprocessing><mean> must be finite numbers, one or one per channel, e.g. 0.485,0.456,0.406; "
                + "found null.", preprocessingMessage(p -> p.mean = Arrays.asList(0.5f, null)));
    }

    @Test
    void anUnknownResizeModeListsTheModes() {
        assertEquals("Invalid <resize>: 'crop' is not a resize mode. Use one of 'stretch', 'shorterSideCrop', 'pilBicubicCrop'.",
                preprocessingMessage(p -> p.resize = "crop"));
    }

    @Test
    void anUnknownChannelModeListsTheModes() {
        assertEquals("Invalid <channels>: 'rgba' is not a channel mode. Use one of 'grey', 'rgb'.",
                preprocessingMessage(p -> p.channels = "rgba"));
    }

    @Test
    void anUnknownDeviceListsTheDevices() {
        assertEquals("Unknown device 'gpu'. Set <device> to one of: auto, cpu, cuda, cuda:N, tensorrt, tensorrt:N (N "
                + "is the GPU index, 0 for the first GPU).",
                messageFor(c -> c.device = "gpu"));
    }

    @Test
    void unknownOutputsNameTheTwoKinds() {
        assertEquals("Unknown outputs 'scores'. Set <outputs> to probabilities or logits.",
                messageFor(c -> c.outputs = "scores"));
    }
}
