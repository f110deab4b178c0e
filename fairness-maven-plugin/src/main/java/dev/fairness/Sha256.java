package dev.fairness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files and text, as lower-case hex: the one helper every hash of the plugin goes through. */
public final class Sha256 {
    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String of(Path file) throws IOException {
        MessageDigest sha = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return hex(sha);
    }

    public static String of(String text) {
        MessageDigest sha = digest();
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return hex(sha);
    }

    public static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }
}
