package dev.fairness.maven;

import java.util.List;

/** The {@code <preprocessing>} block of the pom; absent values come from the model's input. */
public class Preprocessing {
    Integer width;
    Integer height;
    /** {@code stretch} or {@code shorterSideCrop}. */
    String resize;
    /** {@code grey} or {@code rgb}; by default the model's channel count decides. */
    String channels;
    List<Float> mean;
    List<Float> std;
}
