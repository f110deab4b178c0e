package dev.fairness.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

/** A batch reaches the model only when every slot holds its own row's image. */
class BatchTest {

    @Test
    void aBatchWhoseRowsAreAllWrittenIsComplete() throws InterruptedException {
        Batch batch = new Batch(8, 3, FloatBuffer.allocate(3));
        batch.written(9);
        batch.written(8);
        batch.written(10);

        assertEquals(true, batch.awaitRows(0));
        batch.requireOwnSlots();
    }

    @Test
    void aRowThatWasNotWrittenKeepsTheBatchIncomplete() throws InterruptedException {
        Batch batch = new Batch(8, 3, FloatBuffer.allocate(3));
        batch.written(8);
        batch.written(10);

        assertEquals(false, batch.awaitRows(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, batch::requireOwnSlots);
        assertEquals("slot 1 of the batch from row 8 holds no image instead of row 9's", e.getMessage());
    }
}
