package dev.fairness.engine;

import dev.fairness.dataset.LabelSpec;
import dev.fairness.inference.Device;
import dev.fairness.inference.OutputKind;
import dev.fairness.inference.Task;
import dev.fairness.zeroshot.ZeroShotSpec;

/**
 * How the model turns images into scores. Every component can change a score, so the score cache's key is derived
 * from this whole record (with {@link TestSetColumns}); settings that change only the speed are {@link Throughput}.
 *
 * @param task    binary, multi-label or multi-class; null: derived from the labels ({@link #taskOf})
 * @param outputs whether the model outputs probabilities or logits
 * @param input   the preprocessing
 * @param device  where inference runs (with {@code auto}, the native libraries decide)
 * @param zeroShot a zero-shot model's text side, prompts and scoring (its image tower is the model), or null for a
 *                 classifier
 */
public record Inference(Task task, OutputKind outputs, ImageInput input, Device device, ZeroShotSpec zeroShot) {
    /** The task from the labels, probabilities, the model's own input, {@code auto}. */
    public static final Inference DEFAULT = new Inference(null, OutputKind.PROBABILITIES, ImageInput.FROM_MODEL,
            Device.AUTO, null);

    /** A classifier's inference. */
    public Inference(Task task, OutputKind outputs, ImageInput input, Device device) {
        this(task, outputs, input, device, null);
    }

    public Inference {
        outputs = outputs == null ? OutputKind.PROBABILITIES : outputs;
        input = input == null ? ImageInput.FROM_MODEL : input;
        device = device == null ? Device.AUTO : device;
    }

    /** The task that labels written this way describe. */
    public static Task taskOf(LabelSpec labels) {
        if (labels instanceof LabelSpec.MultiClass) {
            return Task.MULTI_CLASS;
        }
        return labels.labels().size() > 1 || labels instanceof LabelSpec.FindingList
                ? Task.MULTI_LABEL : Task.BINARY;
    }

    public Inference withTask(Task value) {
        return new Inference(value, outputs, input, device, zeroShot);
    }

    public Inference withOutputs(OutputKind value) {
        return new Inference(task, value, input, device, zeroShot);
    }

    public Inference withInput(ImageInput value) {
        return new Inference(task, outputs, value, device, zeroShot);
    }

    public Inference withDevice(Device value) {
        return new Inference(task, outputs, input, value, zeroShot);
    }

    public Inference withZeroShot(ZeroShotSpec value) {
        return new Inference(task, outputs, input, device, value);
    }
}
