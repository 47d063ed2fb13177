package dev.civkit.kernel;

import dev.civkit.request.Text;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * JJava's way of adding a library to a notebook, on Maven's own resolver: {@code %maven g:a:v}
 * (transitive, compile and runtime scopes, as a Maven build would put on its class path),
 * {@code %mavenRepo id url}, {@code %loadFromPOM pom.xml} and {@code %%loadFromPOM} (a pom, or just its
 * {@code <dependencies>} or {@code <dependency>} elements). The local repository is Maven's own
 * ({@code -Dmaven.repo.local}, else {@code ~/.m2/repository}): what is there resolves offline, and
 * {@code -Dcivkit.maven.offline=true} keeps the kernel off the network altogether.
 * The resolver is made on first use, so a kernel that never asks pays nothing for it.
 */
final class MavenMagics {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final CivkitKernel kernel;
    private final Map<String, RemoteRepository> repositories = new LinkedHashMap<>();
    private RepositorySystem system;

    MavenMagics(CivkitKernel kernel) {
        this.kernel = kernel;
        repositories.put("central", new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build());
    }

    static void register(CivkitKernel kernel) {
        MavenMagics m = new MavenMagics(kernel);
        kernel.getMagicsRegistry()
                .registerLineMagic("maven", (k, args) -> {
                    m.maven(args);
                    return null;
                })
                .registerLineMagic("mavenRepo", (k, args) -> {
                    m.mavenRepo(args);
                    return null;
                })
                .registerLineMagic("loadFromPOM", (k, args) -> {
                    if (args.size() != 1) throw new IllegalArgumentException("usage: %loadFromPOM path/to/pom.xml");
                    m.pom(Files.readString(Path.of(args.get(0))));
                    return null;
                })
                .registerCellMagic("loadFromPOM", (k, args, body) -> {
                    m.pom(body);
                    return null;
                });
    }

    void maven(List<String> coordinates) {
        if (coordinates.isEmpty()) throw new IllegalArgumentException("usage: %maven group:artifact:version [more…]");
        List<Dependency> deps = new ArrayList<>();
        for (String c : coordinates) deps.add(new Dependency(artifact(c), "runtime"));
        resolve(deps);
    }

    void mavenRepo(List<String> args) {
        if (args.size() != 2) throw new IllegalArgumentException("usage: %mavenRepo id url");
        String url = args.get(1);
        if (!url.matches("(?i)(https?|file):.+")) throw new IllegalArgumentException("the repository URL must be http(s) or file:, got " + url);
        repositories.put(args.get(0), new RemoteRepository.Builder(args.get(0), "default", url).build());
    }

    /** A pom's dependencies (test and provided ones left out, as on a run-time class path) and repositories. */
    void pom(String xml) {
        String text = xml.strip();
        if (text.startsWith("<dependency>")) text = "<dependencies>" + text + "</dependencies>";
        if (!text.startsWith("<project") && !text.startsWith("<?xml"))
            text = "<project><modelVersion>4.0.0</modelVersion><groupId>notebook</groupId><artifactId>notebook</artifactId>"
                    + "<version>0</version>" + text + "</project>";
        Model model;
        try {
            model = new MavenXpp3Reader().read(new StringReader(text));
        } catch (IOException | org.codehaus.plexus.util.xml.pull.XmlPullParserException e) {
            throw new IllegalArgumentException("not a pom: " + e.getMessage());
        }
        Properties props = model.getProperties();
        for (org.apache.maven.model.Repository r : model.getRepositories())
            repositories.put(r.getId(), new RemoteRepository.Builder(r.getId(), "default", r.getUrl()).build());
        List<Dependency> deps = new ArrayList<>();
        for (org.apache.maven.model.Dependency d : model.getDependencies()) {
            String scope = d.getScope() == null ? "compile" : d.getScope();
            if (scope.equals("test") || scope.equals("provided") || scope.equals("system")) continue;
            String coords = interpolate(d.getGroupId(), props) + ":" + interpolate(d.getArtifactId(), props) + ":"
                    + (d.getType() == null ? "jar" : d.getType()) + (d.getClassifier() == null ? "" : ":" + d.getClassifier())
                    + ":" + interpolate(d.getVersion(), props);
            deps.add(new Dependency(new DefaultArtifact(coords), scope));
        }
        if (deps.isEmpty()) throw new IllegalArgumentException("the pom names no dependencies to load");
        resolve(deps);
    }

    private static String interpolate(String s, Properties props) {
        if (s == null) throw new IllegalArgumentException("a dependency needs groupId, artifactId and version");
        Matcher m = PROPERTY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(props.getProperty(m.group(1), m.group())));
        return m.appendTail(b).toString();
    }

    private static DefaultArtifact artifact(String coords) {
        try {
            return new DefaultArtifact(coords);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected group:artifact:version (or group:artifact:extension[:classifier]:version), got " + coords);
        }
    }

    private void resolve(List<Dependency> deps) {
        RepositorySystem sys = system();
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(sys).get()
                .withLocalRepositoryBaseDirectories(localRepository())
                .setSystemProperties(System.getProperties())
                .setOffline(offline())
                // offline still reads file: repositories: they are on this machine
                .setConfigProperty("aether.offline.protocols", "file")
                .build()) {
            CollectRequest collect = new CollectRequest(deps, null, sys.newResolutionRepositories(session, new ArrayList<>(repositories.values())));
            List<ArtifactResult> results = sys.resolveDependencies(session,
                    new DependencyRequest(collect, DependencyFilterUtils.classpathFilter("runtime"))).getArtifactResults();
            List<String> paths = new ArrayList<>();
            for (ArtifactResult r : results) paths.add(r.getArtifact().getPath().toAbsolutePath().toString());
            kernel.addClasspath(String.join(File.pathSeparator, paths));
        } catch (DependencyResolutionException e) {
            throw new IllegalArgumentException(Text.firstLine(e) + " (repositories: " + String.join(", ", repositories.keySet())
                    + "; local: " + localRepository() + ")");
        }
    }

    private synchronized RepositorySystem system() {
        if (system == null) system = new RepositorySystemSupplier().get();
        return system;
    }

    /** {@code -Dcivkit.maven.offline=true}: only the local repository and file: repositories are read. */
    static boolean offline() {
        return Boolean.getBoolean("civkit.maven.offline");
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
