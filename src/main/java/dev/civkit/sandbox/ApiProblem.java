package dev.civkit.sandbox;

import dev.civkit.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 7807 answer, thrown from handlers so every error path renders the same ProblemDetails
 * shape; validation failures add {@code errors} keyed by field path (ValidationProblemDetails).
 */
final class ApiProblem extends RuntimeException {
    final int status;
    final String title;
    final String detail;
    final Map<String, List<String>> errors;

    ApiProblem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    ApiProblem(int status, String title, String detail, Map<String, List<String>> errors) {
        super(title + ": " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? null : new LinkedHashMap<>(errors);
    }

    static ApiProblem validation(Map<String, List<String>> errors) {
        return new ApiProblem(400, "One or more validation errors occurred.",
                "See the errors property for details.", errors);
    }

    static ApiProblem validation(String field, String message) {
        return validation(Map.of(field, List.of(message)));
    }

    static ApiProblem notFound(String detail) { return new ApiProblem(404, "Not Found", detail); }

    ObjectNode toJson(String instance) {
        ObjectNode n = Json.object();
        n.put("type", typeUri(status));
        n.put("title", title);
        n.put("status", status);
        n.put("detail", detail);
        if (instance != null) n.put("instance", instance);
        if (errors != null) {
            ObjectNode e = n.putObject("errors");
            errors.forEach((k, v) -> {
                var arr = e.putArray(k);
                v.forEach(arr::add);
            });
        }
        return n;
    }

    private static String typeUri(int status) {
        return switch (status) {
            case 400 -> "https://tools.ietf.org/html/rfc9110#section-15.5.1";
            case 401 -> "https://tools.ietf.org/html/rfc9110#section-15.5.2";
            case 403 -> "https://tools.ietf.org/html/rfc9110#section-15.5.4";
            case 404 -> "https://tools.ietf.org/html/rfc9110#section-15.5.5";
            case 405 -> "https://tools.ietf.org/html/rfc9110#section-15.5.6";
            case 409 -> "https://tools.ietf.org/html/rfc9110#section-15.5.10";
            default -> "https://tools.ietf.org/html/rfc9110#section-15.6.1";
        };
    }
}
