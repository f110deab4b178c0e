package dev.fairness.maven;

import dev.fairness.InputException;
import dev.fairness.dataset.LabelSpec;
import dev.fairness.inference.Task;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LabelsReaderTest {
    private static final List<String> FINDINGS = List.of("Effusion", "Atelectasis");

    private static LabelsReader of(List<String> labels, String column, List<String> classes, String separator,
                                         String task) {
        return new LabelsReader(labels, column, classes, separator, "No Finding", task);
    }

    @Test
    void oneLabelColumnIsABinaryTask() {
        LabelsReader c = of(List.of("Effusion"), null, null, null, null);
        LabelSpec spec = c.labelSpec();
        assertEquals(LabelSpec.binaryColumns(List.of("Effusion")), spec);
        assertEquals(Task.BINARY, c.task(spec));
    }

    @Test
    void severalLabelColumnsAreAMultiLabelTask() {
        LabelsReader c = of(FINDINGS, null, null, null, null);
        assertEquals(Task.MULTI_LABEL, c.task(c.labelSpec()));
    }

    @Test
    void aLabelColumnWithASeparatorListsFindings() {
        LabelsReader c = of(null, "findings", FINDINGS, "|", null);
        LabelSpec spec = c.labelSpec();
        assertEquals(new LabelSpec.FindingList("findings", "|", FINDINGS, "No Finding"), spec);
        assertEquals(Task.MULTI_LABEL, c.task(spec));
    }

    @Test
    void aDeclaredMultiLabelTaskSplitsOnThePipeByDefault() {
        assertEquals(new LabelSpec.FindingList("findings", "|", FINDINGS, "No Finding"),
                of(null, "findings", FINDINGS, null, "multiLabel").labelSpec());
    }

    @Test
    void aLabelColumnWithoutASeparatorIsAMultiClassTask() {
        LabelsReader c = of(null, "finding", FINDINGS, null, null);
        LabelSpec spec = c.labelSpec();
        assertEquals(LabelSpec.multiClass("finding", FINDINGS), spec);
        assertEquals(Task.MULTI_CLASS, c.task(spec));
    }

    @Test
    void noLabelsIsAnError() {
        InputException e = assertThrows(InputException.class, () -> of(null, null, null, null, null).labelSpec());
        assertEquals("No labels are configured. Set <labels> to the 0/1 label column(s), or <labelColumn> with "
                + "<classes> for one column of classes or findings.", e.getMessage());
    }

    @Test
    void bothLabelFormsAreAnError() {
        InputException e = assertThrows(InputException.class, () -> of(FINDINGS, "x", FINDINGS, null, null).labelSpec());
        assertEquals("Both <labels> and <labelColumn> are set. Use <labels> for 0/1 columns, or <labelColumn> with "
                + "<classes> for one column of classes or findings.", e.getMessage());
    }

    @Test
    void aLabelColumnNeedsClasses() {
        InputException e = assertThrows(InputException.class, () -> of(null, "finding", null, null, null).labelSpec());
        assertEquals("<labelColumn>finding</labelColumn> needs <classes>: the classes or findings, in the model's "
                + "output order.", e.getMessage());
    }

    @Test
    void aDeclaredTaskMustFitTheLabels() {
        LabelsReader c = of(List.of("Effusion"), null, null, null, "multiClass");
        InputException e = assertThrows(InputException.class, () -> c.task(c.labelSpec()));
        assertEquals("<task>multiClass</task> does not fit the labels: they describe a binary task. For binary set "
                + "one <labels> column; for multiLabel several <labels> columns or <labelColumn> with "
                + "<labelSeparator>; for multiClass <labelColumn> with <classes>.", e.getMessage());
    }

    @Test
    void anUnknownTaskListsTheAcceptedOnes() {
        LabelsReader c = of(List.of("Effusion"), null, null, null, "regression");
        InputException e = assertThrows(InputException.class, () -> c.task(c.labelSpec()));
        assertEquals("Unknown <task> 'regression'. Use binary, multiLabel or multiClass.", e.getMessage());
    }
}
