package dev.civkit.sweep;

import java.nio.file.Path;

/** Reads a manifest as replay does, in a JVM of its own whose heap the test chooses; prints what it read. */
public final class ManifestReadProbe {
    private ManifestReadProbe() {}

    public static void main(String[] args) {
        Manifest.Restored r = Manifest.read(null, Path.of(args[0]));
        System.out.println("read " + r.plan().size() + " cells, " + r.existing().size() + " with a workflow, request 9999 "
                + r.plan().request(r.plan().size() - 1).path("externalId").asString());
    }
}
