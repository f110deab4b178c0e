package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

/** A valid pom configuration (predictions of one label, attributes sex and age) and the message of a bad change. */
final class ConfigurationFixture {
    private ConfigurationFixture() {
    }

    static Configuration valid() {
        Configuration c = new Configuration();
        c.predictions = new File("predictions.csv");
        c.labels = List.of("Effusion");
        c.attributes = List.of("sex", "age");
        return c;
    }

    /** The message {@link SpecReader} gives for the valid configuration with {@code change} applied. */
    static String messageFor(Consumer<Configuration> change) {
        Configuration c = valid();
        change.accept(c);
        return assertThrows(InputException.class, () -> {
            SpecReader.runOptions(c);
            SpecReader.dicomAttributes(c);
            SpecReader.spec(c);
        }).getMessage();
    }

    static RuleConfiguration rule(String metric, String attribute, Double maximum) {
        RuleConfiguration rule = new RuleConfiguration();
        rule.metric = metric;
        rule.attribute = attribute;
        rule.maximum = maximum;
        return rule;
    }
}
