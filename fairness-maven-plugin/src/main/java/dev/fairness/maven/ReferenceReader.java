package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.engine.ReferenceColumns;

/** Reads export parity: {@code <referenceColumnPrefix>} and {@code <referenceTolerance>}. */
final class ReferenceReader {
    private ReferenceReader() {
    }

    static ReferenceColumns read(Configuration c) {
        NumberParameters.zeroToOne("<referenceTolerance>", c.referenceTolerance, "0.0001");
        boolean set = c.referenceColumnPrefix != null && !c.referenceColumnPrefix.isBlank();
        if (set && c.predictions != null) {
            throw new InputException("<referenceColumnPrefix> is set together with <predictions>: reference scores are "
                    + "compared with the scores the plugin computes from the images, and with <predictions> it computes "
                    + "none. Remove <referenceColumnPrefix> to judge the scores in <predictions>, or evaluate the model "
                    + "with <model> and <manifest> to check its export.");
        }
        return new ReferenceColumns(set ? c.referenceColumnPrefix : null, c.referenceTolerance);
    }
}
