package dev.fairness.zeroshot;

/** A text tower: token ids in, one embedding per prompt out. */
public interface TextEncoder extends AutoCloseable {

    /**
     * @param tokens one per prompt, each of the context length
     * @return one embedding per prompt, not normalised
     */
    float[][] encode(PromptTokenizer.Tokens[] tokens);

    /** What it is, for messages: the file. */
    String describe();

    @Override
    void close();
}
