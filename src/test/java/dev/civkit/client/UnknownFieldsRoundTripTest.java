package dev.civkit.client;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Fields the kit does not model survive a read and a write, at every level. */
@Tag("unit")
class UnknownFieldsRoundTripTest {
    static final String WORKFLOW = """
            {"id":"wf_01J0000000000000000000000A","createdAt":"2026-11-28T10:00:00Z","status":"succeeded",
             "brandNewTopLevel":{"nested":[1,2,{"deep":true}]},
             "steps":[{"$type":"imageGen","name":"0","priority":"normal","status":"succeeded","metadata":{},
               "futureStepField":"keep me",
               "input":{"engine":"flux","unknownInput":[1,2]},
               "output":{"images":[{"type":"image","id":"blob_1","available":true,"url":"https://x/y","width":8,"height":8,
                                     "newBlobField":{"a":1}}],"newOutputField":7},
               "jobs":[{"id":"j1","status":"succeeded","cost":1,"newJobField":"j"}]}],
             "tags":[],"metadata":{"m":1},"arguments":{},"callbacks":[],"tips":{"civitai":0,"creators":0},
             "cost":{"base":4,"tips":{"civitai":0,"creators":0},"total":4,"newCostField":3},
             "transactions":{"list":[{"type":"debit","amount":4,"accountType":"yellow","newTxField":1}],"newTxsField":0},
             "upgradeMode":"manual","currencies":["yellow"],"forceRefunded":false}""";

    static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> {
        if (a.equals(b)) return 0;
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
        return 1;
    };

    @Test
    void everyUnknownFieldIsWrittenBackUnchanged() {
        JsonNode original = Json.parse(WORKFLOW);
        assertFalse(original.equals(SAME_NUMBER, Json.parse(WORKFLOW.replace("keep me", "lost"))), "the comparison can fail");
        Workflow w = Workflow.fromJson(WORKFLOW);
        // Known numbers may come back as 4.0 for 4 (the same JSON number); everything else is identical.
        assertTrue(original.equals(SAME_NUMBER, w.toJsonNode()), () -> original + "\n" + w.toJsonNode());
        assertEquals("keep me", w.steps().get(0).extra().get("futureStepField"));
        assertEquals("j", w.steps().get(0).jobs().get(0).extra().get("newJobField"));
        assertEquals(3, ((Number) w.cost().extra().get("newCostField")).intValue());
        assertEquals("manual", w.extra().get("upgradeMode"));
    }

    @Test
    void workflowHelpersReadTheModel() {
        Workflow w = Workflow.fromJson(WORKFLOW);
        assertTrue(w.isTerminal());
        assertTrue(w.succeeded());
        assertEquals(4.0, w.totalCost());
        assertEquals(java.util.Map.of("yellow", 4.0), w.transactions().byCurrency());
    }
}
