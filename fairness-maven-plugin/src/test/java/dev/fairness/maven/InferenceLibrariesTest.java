package dev.fairness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.impl.DefaultServiceLocator;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.spi.connector.RepositoryConnectorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime, DJL and ImageJ resolved the way a goal that scores images resolves them: by Maven's resolver, offline
 * from the local repository the tests' own jars come from (or from an empty one), or online from a {@code file:}
 * repository without them.
 */
class InferenceLibrariesTest {
    private static final List<RemoteRepository> CENTRAL = List.of(
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2").build());
    /** The start of the message when none of the five artifacts can be resolved. */
    private static final String ALL_FIVE = "Scoring images needs ONNX Runtime, DJL and ImageJ, which the plugin "
            + "resolves only for goals that score images or read DICOM files, and "
            + "com.microsoft.onnxruntime:onnxruntime:1.24.2, ai.djl.pytorch:pytorch-engine:0.36.0, "
            + "ai.djl.pytorch:pytorch-jni:2.7.1-0.36.0, ai.djl.huggingface:tokenizers:0.36.0, net.imagej:ij:1.54p";

    @Test
    void resolvesTheLibrariesAndWhatTheyNeedButNeitherPyTorchNativesNorASecondSlf4j() throws Exception {
        List<String> resolved = InferenceLibraries.resolve(system(), offlineSession(userRepository()), CENTRAL).stream()
                .map(InferenceLibrariesTest::name).sorted().toList();

        assertEquals(List.of("ai.djl.huggingface:tokenizers:0.36.0", "ai.djl.pytorch:pytorch-engine:0.36.0",
                "ai.djl.pytorch:pytorch-jni:2.7.1-0.36.0", "ai.djl:api:0.36.0",
                "com.google.code.gson:gson:2.13.1", "com.google.errorprone:error_prone_annotations:2.38.0",
                "com.microsoft.onnxruntime:onnxruntime:1.24.2", "commons-codec:commons-codec:1.17.1",
                "commons-io:commons-io:2.16.1", "net.imagej:ij:1.54p", "net.java.dev.jna:jna:5.17.0",
                "org.apache.commons:commons-compress:1.27.1"), resolved);
    }

    @Test
    void anOfflineBuildWhoseLocalRepositoryLacksThemNamesThemAndSaysToRunOnceOnline(@TempDir Path empty) {
        InputException e = assertThrows(InputException.class,
                () -> InferenceLibraries.resolve(system(), offlineSession(empty), CENTRAL));

        assertEquals("Scoring images needs ONNX Runtime, DJL and ImageJ, which the plugin resolves only for goals "
                + "that score images or read DICOM files, and com.microsoft.onnxruntime:onnxruntime:1.24.2, "
                + "ai.djl.pytorch:pytorch-engine:0.36.0, ai.djl.pytorch:pytorch-jni:2.7.1-0.36.0, "
                + "ai.djl.huggingface:tokenizers:0.36.0, net.imagej:ij:1.54p could not be resolved: the build is "
                + "offline (-o) and the local repository " + empty + " does not have them. Run the build once "
                + "without -o so that Maven downloads them; later offline builds find them there.", e.getMessage());
    }

    @Test
    void anOnlineBuildWhosePluginRepositoryIsReachedButLacksThemSaysSoAndNotToCheckTheNetwork(@TempDir Path temp)
            throws Exception {
        Path remote = Files.createDirectories(temp.resolve("remote"));

        assertEquals(ALL_FIVE + " could not be resolved: the plugin repositories plugins (" + remote.toUri()
                + ") were reached and do not have them. Check that they (or the mirror of settings.xml that stands for "
                + "them) serve Maven Central's artifacts, or install them into the local repository "
                + temp.resolve("local") + ".", resolveOnline(remote, temp.resolve("local")));
    }

    @Test
    void anOnlineBuildThatCannotReachThePluginRepositorySaysWhyAndToCheckTheNetwork(@TempDir Path temp) {
        Path unreachable = temp.resolve("unreachable");

        assertEquals(ALL_FIVE + " could not be resolved from the plugin repositories plugins (" + unreachable.toUri()
                + "): Connection refused. Check the network and the proxies and mirrors of settings.xml, or install "
                + "them into the local repository " + temp.resolve("local") + ".",
                resolveOnline(unreachable, temp.resolve("local")));
    }

    /** The message of a build that is not offline, with an empty local repository and one plugin repository. */
    private static String resolveOnline(Path repository, Path localRepository) {
        List<RemoteRepository> repositories = List.of(
                new RemoteRepository.Builder("plugins", "default", repository.toUri().toString()).build());
        return assertThrows(InputException.class, () -> InferenceLibraries.resolve(onlineSystem(),
                session(localRepository, false), repositories)).getMessage();
    }

    private static RepositorySystem system() {
        @SuppressWarnings("deprecation")
        RepositorySystem system = MavenRepositorySystemUtils.newServiceLocator().getService(RepositorySystem.class);
        return system;
    }

    /** A resolver that reaches {@code file:} repositories ({@link FileRepositoryConnectorFactory}). */
    private static RepositorySystem onlineSystem() {
        @SuppressWarnings("deprecation")
        DefaultServiceLocator locator = MavenRepositorySystemUtils.newServiceLocator();
        locator.addService(RepositoryConnectorFactory.class, FileRepositoryConnectorFactory.class);
        return locator.getService(RepositorySystem.class);
    }

    /** Offline, as {@code mvn -o}. */
    private static DefaultRepositorySystemSession offlineSession(Path localRepository) throws Exception {
        return session(localRepository, true);
    }

    /** With Maven's own session settings (a missing pom is not an error, as in a build). */
    private static DefaultRepositorySystemSession session(Path localRepository, boolean offline) throws Exception {
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setOffline(offline);
        session.setSystemProperties(System.getProperties()); // as Maven's: poms' profiles activate on the JDK
        session.setLocalRepositoryManager(system().newLocalRepositoryManager(session,
                new LocalRepository(localRepository.toFile(), "simple")));
        return session;
    }

    /** The local repository that holds ONNX Runtime's jar on the tests' class path (…/groupId/artifactId/version/x.jar). */
    private static Path userRepository() throws Exception {
        Path jar = Path.of(ai.onnxruntime.OrtEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().getParent().getParent().getParent().getParent().getParent();
    }

    private static String name(Artifact a) {
        return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion();
    }
}
