package dev.fairness.maven;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.spi.connector.ArtifactDownload;
import org.eclipse.aether.spi.connector.ArtifactUpload;
import org.eclipse.aether.spi.connector.MetadataDownload;
import org.eclipse.aether.spi.connector.MetadataUpload;
import org.eclipse.aether.spi.connector.RepositoryConnector;
import org.eclipse.aether.spi.connector.RepositoryConnectorFactory;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.MetadataNotFoundException;
import org.eclipse.aether.transfer.NoRepositoryConnectorException;

/**
 * Maven's resolver reaching a remote repository that is a {@code file:} folder in the default layout, for tests of
 * what a build that is not offline says when the repository lacks an artifact. Maven itself reaches repositories
 * through its basic connector and transports, which are part of Maven, not of the resolver on the tests' class
 * path; like them, this copies a file it finds and reports one it does not find as not found in the repository.
 * A folder that does not exist stands for a repository that cannot be reached: every download fails with a transfer
 * error, as Maven's HTTP transport reports a refused connection.
 */
public final class FileRepositoryConnectorFactory implements RepositoryConnectorFactory {
    @Override
    public RepositoryConnector newInstance(RepositorySystemSession session, RemoteRepository repository)
            throws NoRepositoryConnectorException {
        if (!repository.getUrl().startsWith("file:")) {
            throw new NoRepositoryConnectorException(repository);
        }
        Path root = Path.of(URI.create(repository.getUrl()));
        return new RepositoryConnector() {
            @Override
            public void get(Collection<? extends ArtifactDownload> artifacts,
                            Collection<? extends MetadataDownload> metadata) {
                for (ArtifactDownload download : artifacts == null ? List.<ArtifactDownload>of() : artifacts) {
                    Path file = root.resolve(path(download.getArtifact()));
                    if (!Files.isDirectory(root)) {
                        download.setException(new ArtifactTransferException(download.getArtifact(), repository,
                                new ConnectException("Connection refused")));
                    } else if (!Files.isRegularFile(file)) {
                        download.setException(new ArtifactNotFoundException(download.getArtifact(), repository));
                    } else if (!download.isExistenceCheck()) {
                        copy(file, download);
                    }
                }
                for (MetadataDownload download : metadata == null ? List.<MetadataDownload>of() : metadata) {
                    download.setException(new MetadataNotFoundException(download.getMetadata(), repository));
                }
            }

            private void copy(Path file, ArtifactDownload download) {
                try {
                    File into = download.getFile();
                    Files.createDirectories(into.toPath().getParent());
                    Files.copy(file, into.toPath(), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    download.setException(new ArtifactTransferException(download.getArtifact(), repository, e));
                }
            }

            @Override
            public void put(Collection<? extends ArtifactUpload> artifacts,
                            Collection<? extends MetadataUpload> metadata) {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public void close() {
            }
        };
    }

    /** {@code group/as/folders/artifact/version/artifact-version[-classifier].extension}. */
    private static String path(Artifact a) {
        return a.getGroupId().replace('.', '/') + "/" + a.getArtifactId() + "/" + a.getBaseVersion() + "/"
                + a.getArtifactId() + "-" + a.getVersion()
                + (a.getClassifier().isEmpty() ? "" : "-" + a.getClassifier()) + "." + a.getExtension();
    }

    @Override
    public float getPriority() {
        return 0;
    }
}
