package dev.civkit.session;

import java.nio.file.Path;

/**
 * Where a session sends requests and saves outputs, as {@code token(…)} and {@code baseUrl(…)}
 * answer it: a value that prints as one line (a String would show in JShell quoted, with every
 * quote escaped). The token is only ever its masked form here; its value stays in the client's config.
 *
 * @param baseUrl the orchestrator's URL
 * @param sandbox whether it is this session's own sandbox
 * @param maskedToken the token as {@code ****ab (40 chars)}, or null when none is set
 * @param outputs the output folder as the session names it
 */
public record Connection(String baseUrl, boolean sandbox, String maskedToken, Path outputs) {
    @Override
    public String toString() {
        String where = sandbox
                ? "sandbox orchestrator at " + baseUrl + " (no CIVITAI_API_TOKEN set; media is synthetic, Buzz is pretend)"
                : maskedToken == null ? "orchestrator at " + baseUrl + " without a token"
                : "Civitai API at " + baseUrl + " with token " + maskedToken;
        return "civkit " + Session.VERSION + " | " + where + " | outputs in " + outputs + "/";
    }
}
