package dev.civkit.request;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.client.ApiException;
import dev.civkit.client.SubmitOptions;
import dev.civkit.json.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The kit's local ranges and the orchestrator's agree: at each limit both accept, one past it both
 * refuse. The sandbox judges over HTTP (a priced whatif, so nothing runs); the kit judges with the
 * checks every submission goes through.
 */
class LimitsAgreeTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    static String body(String input, String top) {
        return "{" + top + "\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"p\"" + input + "}}]}";
    }

    static String tags(int n, int length) {
        StringBuilder b = new StringBuilder("\"tags\":[");
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : ",").append('"').append(Character.toString('a' + i).repeat(length)).append('"');
        return b.append("],").toString();
    }

    static Stream<Arguments> limits() {
        int q = Limits.MAX_QUANTITY, side = Limits.MAX_SIDE, tags = Limits.MAX_TAGS, len = Limits.MAX_TAG_LENGTH;
        return Stream.of(
                Arguments.of("quantity", body(",\"quantity\":" + q, ""), body(",\"quantity\":" + (q + 1), "")),
                Arguments.of("quantity", body(",\"quantity\":1", ""), body(",\"quantity\":0", "")),
                Arguments.of("width", body(",\"width\":" + side, ""), body(",\"width\":" + (side + 1), "")),
                Arguments.of("height", body(",\"height\":1", ""), body(",\"height\":0", "")),
                Arguments.of("tags", body("", tags(tags, 3)), body("", tags(tags + 1, 3))),
                Arguments.of("tags", body("", tags(1, len)), body("", tags(1, len + 1))),
                Arguments.of("externalId", body("", "\"externalId\":\"" + "x".repeat(128) + "\","), body("", "\"externalId\":\"" + "x".repeat(129) + "\",")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void bothAcceptTheLimitAndBothRefuseOnePast(String field, String atLimit, String past) {
        JsonNode ok = Json.parse(atLimit), bad = Json.parse(past);
        Templates.check(ok);
        assertNotNull(fx.session.client().submitWorkflow(ok, SubmitOptions.whatIf()).workflow(), "the sandbox accepts " + atLimit);

        InvalidRequestException local = assertThrows(InvalidRequestException.class, () -> Templates.check(bad));
        assertTrue(local.field().contains(field), local.getMessage());
        ApiException remote = assertThrows(ApiException.class, () -> fx.session.client().submitWorkflow(bad, SubmitOptions.whatIf()));
        assertEquals(400, remote.status());
        assertTrue(remote.fieldErrors().keySet().stream().anyMatch(k -> k.contains(field)), remote.fieldErrors().toString());
    }
}
