package dev.fairness.dataset;

import dev.fairness.InputException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Asserts a user error with its exact message. */
final class Errors {
    private Errors() {
    }

    static void assertInputError(String expectedMessage, Executable action) {
        InputException e = assertThrows(InputException.class, action);
        assertEquals(expectedMessage, e.getMessage());
    }
}
