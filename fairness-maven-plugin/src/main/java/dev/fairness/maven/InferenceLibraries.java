package dev.fairness.maven;

import dev.fairness.InputException;
import org.apache.maven.execution.MavenSession;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * ONNX Runtime, DJL (its PyTorch engine, JNI bridge and tokenizers) and ImageJ: the libraries a goal needs only to
 * score images or read DICOM files. They are not runtime dependencies of the plugin, since Maven collects and resolves
 * those for every goal, a predictions job or a skipped goal included (performance.md, "fixed cost"). A goal that
 * needs them resolves them here, through Maven's resolver with the build's own session (so an offline build works
 * from the local repository, and mirrors and proxies apply), and adds their jars to the plugin's class realm before
 * any class that links to them is loaded. In the realm they are what they were as dependencies: classes the user
 * adds to the plugin's {@code <dependencies>} (PyTorch natives, a GPU ONNX Runtime) sit beside them as before.
 */
final class InferenceLibraries {
    /** SLF4J is Maven's own (its simple logger, which {@code DjlLogging} configures): never a second copy. */
    private static final Exclusion NO_SLF4J = new Exclusion("org.slf4j", "*", "*", "*");

    private InferenceLibraries() {
    }

    /**
     * Adds the libraries' jars to the class realm of {@code goal} when its configuration scores images or reads
     * DICOM files; does nothing outside Maven (a goal built by a test has the libraries on its class path) and for
     * jars the realm has already.
     *
     * @throws InputException naming the artifacts that could not be resolved and what to do
     */
    static void addIfNeeded(AbstractFairnessMojo goal, RepositorySystem system) {
        if (!ImageJobs.scoresOrReadsImages(goal.configuration())
                || !(goal.getClass().getClassLoader() instanceof ClassRealm realm)) {
            return;
        }
        MavenSession session = goal.session;
        List<RemoteRepository> repositories = session.getCurrentProject().getRemotePluginRepositories();
        long start = System.nanoTime();
        List<Artifact> jars = resolve(system, session.getRepositorySession(), repositories);
        int added = addTo(realm, jars);
        if (goal.getLog().isDebugEnabled()) {
            goal.getLog().debug("ONNX Runtime, DJL and ImageJ: " + jars.size() + " jars resolved in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms, " + added + " added to " + realm.getId()
                    + ": " + jars);
        }
    }

    /** The jars of {@link InferenceArtifacts#coordinates()} and what they need at run time, SLF4J aside. */
    static List<Artifact> resolve(RepositorySystem system, RepositorySystemSession session,
                                  List<RemoteRepository> repositories) {
        CollectRequest collect = new CollectRequest();
        for (String coordinates : InferenceArtifacts.coordinates()) {
            collect.addDependency(new Dependency(new DefaultArtifact(coordinates), "runtime", false, List.of(NO_SLF4J)));
        }
        collect.setRepositories(repositories);
        DependencyFilter runtime = (node, parents) -> node.getDependency() == null
                || Set.of("compile", "runtime").contains(node.getDependency().getScope());
        try {
            List<Artifact> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, runtime))
                    .getArtifactResults()) {
                jars.add(result.getArtifact());
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new InputException(InferenceArtifacts.unresolved(e, session.isOffline(),
                    session.getLocalRepository().getBasedir().toPath(), repositories), e);
        }
    }

    /** Adds the jars the realm does not have yet (a later goal of the build shares the realm); how many. */
    private static synchronized int addTo(ClassRealm realm, List<Artifact> jars) {
        List<URL> present = Arrays.asList(realm.getURLs());
        int added = 0;
        for (Artifact jar : jars) {
            URL url = url(jar);
            if (!present.contains(url)) {
                realm.addURL(url);
                added++;
            }
        }
        return added;
    }

    private static URL url(Artifact jar) {
        try {
            return jar.getFile().toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a resolved jar's path is not a URL: " + jar.getFile(), e);
        }
    }
}
