package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three kinds of refusal a newcomer meets, typed into JShell: a bad value, the budget, the service saying no.
 * Each prints its message and nothing of civkit's insides; asking for the frames shows them.
 */
class JShellRefusalIT {
    @TempDir
    Path tmp;

    @Test
    void aRefusalIsItsMessageAloneAndTheFramesAreThereWhenAskedFor() throws Exception {
        Processes.jar();
        String typed = String.join("\n",
                "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\").size(-5, 512)).submit()",
                "budget(1); workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\")).submit()",
                "workflow(\"wf_nosuch\").await()",
                "System.out.println(\"MARK-\" + \"FRAMES\")",
                "System.setProperty(\"civkit.frames\", \"on\")",
                "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\").size(-5, 512)).submit()",
                "/exit", "");
        Processes.Result r = Processes.run(List.of(Processes.jdkTool("jshell").toString(), "--startup", "jshell-startup.jsh"),
                Map.of("CIVKIT_OUTPUT_DIR", tmp.resolve("outputs").toString(), "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString(),
                        "CIVKIT_SANDBOX_STATE", "off"), typed, 180);
        String out = r.out();
        int mark = out.indexOf("MARK-FRAMES");
        assertTrue(mark > 0, out + r.err());
        String refusals = out.substring(0, mark), asked = out.substring(mark);
        assertTrue(refusals.contains("InvalidRequestException: steps[0].input.width: must be a positive whole number, got -5 (nothing was sent)"), refusals);
        assertTrue(refusals.contains("BudgetExceededException: This workflow would cost"), refusals);
        assertTrue(refusals.contains("ApiException: GetWorkflow failed: HTTP 404"), refusals);
        assertFalse(refusals.contains("|        at "), "each refusal is its message alone:\n" + refusals);
        assertTrue(asked.contains("InvalidRequestException: steps[0].input.width") && asked.contains("|        at ImageGenImpl"),
                "civkit.frames=on shows where it was refused:\n" + asked);
    }
}
