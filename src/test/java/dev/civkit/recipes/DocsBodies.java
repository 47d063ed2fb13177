package dev.civkit.recipes;

import dev.civkit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The 74 request bodies copied from the developer docs' recipe pages. */
record DocsBodies(String file, String path, JsonNode body) {
    static final Path DIR;

    static {
        try {
            DIR = Path.of(DocsBodies.class.getResource("/schemas/recipe-bodies").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static DocsBodies load(String name) {
        try {
            JsonNode d = Json.parse(Files.readString(DIR.resolve(name + ".json")));
            return new DocsBodies(name, d.get("path").asString(), d.get("body"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DocsBodies> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .map(n -> load(n.substring(0, n.length() - 5))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isWorkflow() {
        return path.startsWith("/v2/consumer/workflows");
    }

    /** The {type} of /v2/consumer/recipes/{type}, or null. */
    String recipeType() {
        if (!path.startsWith("/v2/consumer/recipes/")) return null;
        String rest = path.substring("/v2/consumer/recipes/".length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }
}
