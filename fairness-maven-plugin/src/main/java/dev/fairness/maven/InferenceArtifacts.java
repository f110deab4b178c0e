package dev.fairness.maven;

import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Which libraries {@link InferenceLibraries} resolves, and what a user is told when they cannot be. The coordinates
 * come from {@value #RESOURCE}, which the build filters from the plugin's pom: the versions have one place, the
 * pom's properties, which also compile and test the plugin against the same jars.
 */
final class InferenceArtifacts {
    static final String RESOURCE = "inference-libraries.properties";

    private InferenceArtifacts() {
    }

    /** {@code groupId:artifactId:version} of ONNX Runtime, DJL's engine, JNI bridge and tokenizers, and ImageJ. */
    static List<String> coordinates() {
        Properties properties = new Properties();
        try (InputStream in = InferenceArtifacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(properties.getProperty("artifacts").split(",")).map(String::trim).toList();
    }

    /**
     * The message for libraries that could not be resolved: which artifacts, why (offline without them in the local
     * repository, not in the plugin repositories, or not downloadable from them) and what to do.
     */
    static String unresolved(DependencyResolutionException e, boolean offline, Path localRepository,
                             List<RemoteRepository> repositories) {
        List<String> missing = missing(e.getResult());
        String what = missing.isEmpty() ? "they" : String.join(", ", missing);
        String start = "Scoring images needs ONNX Runtime, DJL and ImageJ, which the plugin resolves only for goals "
                + "that score images or read DICOM files, and " + what + " could not be resolved";
        if (offline) {
            return start + ": the build is offline (-o) and the local repository " + localRepository
                    + " does not have " + (missing.size() == 1 ? "it" : "them") + ". Run the build once without -o"
                    + " so that Maven downloads " + (missing.size() == 1 ? "it" : "them")
                    + "; later offline builds find " + (missing.size() == 1 ? "it" : "them") + " there.";
        }
        List<String> from = repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").toList();
        String them = missing.size() == 1 ? "it" : "them";
        if (!missing.isEmpty() && allNotFound(e.getResult())) {
            // the repositories answered: the network is fine, they just do not serve these artifacts
            return start + ": the plugin repositories " + String.join(", ", from) + " were reached and do not have "
                    + them + ". Check that they (or the mirror of settings.xml that stands for them) serve Maven "
                    + "Central's artifacts, or install " + them + " into the local repository " + localRepository
                    + ".";
        }
        return start + " from the plugin repositories " + String.join(", ", from) + ": " + rootMessage(e)
                + ". Check the network and the proxies and mirrors of settings.xml, or install " + them
                + " into the local repository " + localRepository + ".";
    }

    /** {@code groupId:artifactId:version} of each artifact the resolver could not provide. */
    private static List<String> missing(DependencyResult result) {
        List<String> names = new ArrayList<>();
        if (result == null) {
            return names;
        }
        for (ArtifactResult artifact : result.getArtifactResults()) {
            if (!artifact.isResolved()) {
                Artifact a = artifact.getRequest().getArtifact();
                names.add(a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion());
            }
        }
        return names;
    }

    /** Whether every artifact that was not resolved was looked for and not found (no transfer failed). */
    private static boolean allNotFound(DependencyResult result) {
        for (ArtifactResult artifact : result.getArtifactResults()) {
            if (!artifact.isResolved() && (artifact.getExceptions().isEmpty() || !artifact.getExceptions().stream()
                    .allMatch(ArtifactNotFoundException.class::isInstance))) {
                return false;
            }
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
