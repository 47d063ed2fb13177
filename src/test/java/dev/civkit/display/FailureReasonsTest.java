package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.Workflow;
import dev.civkit.outputs.DownloadResult;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Why a workflow failed reads the same in the status line, the card and the exception, wherever the service put it. */
@Tag("unit")
class FailureReasonsTest {
    static Workflow wf(String json) {
        return Workflow.fromJson(json);
    }

    @Test
    void reasonsComeFromOutputErrorsJobsAndTheWorkflow() {
        Workflow w = wf("""
                {"id":"9005769-1","status":"failed","problem":"quota exceeded","steps":[
                 {"$type":"imageGen","name":"$0","status":"failed","output":{"images":[],"errors":["NSFW content detected","GPU out of memory"]},
                  "jobs":[{"id":"j1","status":"failed","reason":"blocked","blockedReason":"csam"},{"id":"j2","status":"failed"}]}]}""");
        List<String> all = Reasons.of(w);
        assertTrue(all.contains("quota exceeded"), all.toString());
        assertTrue(all.contains("step $0: NSFW content detected"), all.toString());
        assertTrue(all.contains("step $0: GPU out of memory"), all.toString());
        assertTrue(all.stream().anyMatch(r -> r.startsWith("step $0: blocked (csam)")), all.toString());
        String line = StatusLine.of(w);
        assertTrue(line.contains("NSFW content detected") && line.contains("blocked (csam)") && line.contains("quota exceeded"), line);
        String card = (String) WorkflowCard.bundle(w, null, null, null, line).get("text/html");
        assertTrue(card.contains("GPU out of memory"), card);
    }

    @Test
    void aFailureWithoutAnyReasonSaysSoAndARefundIsSaid() {
        Workflow w = wf("""
                {"id":"9005769-2","status":"failed","cost":{"total":0},
                 "transactions":{"list":[{"type":"debit","amount":12,"accountType":"yellow"},{"type":"credit","amount":12,"accountType":"yellow"}]},
                 "steps":[{"$type":"imageGen","name":"$0","status":"failed","jobs":[{"id":"j","status":"failed"}]}]}""");
        String line = StatusLine.of(w);
        assertTrue(line.contains(Reasons.NONE_GIVEN), line);
        assertTrue(line.contains("refunded"), line);
        assertTrue(Reasons.refunded(w));
        Workflow charged = wf("""
                {"id":"x","status":"failed","transactions":{"list":[{"type":"debit","amount":12,"accountType":"yellow"}]},"steps":[]}""");
        assertFalse(Reasons.refunded(charged));
        assertFalse(StatusLine.of(charged).contains("refunded"));
        String card = (String) WorkflowCard.bundle(w, null, null, null, line).get("text/html");
        assertTrue(card.contains(Reasons.NONE_GIVEN) && card.contains("refunded"), card);
    }

    @Test
    void liveTimestampsWithSevenDigitsAndAnOffsetAreRead() {
        Workflow w = wf("""
                {"id":"9005769-20260526010006655","status":"succeeded","createdAt":"2026-05-26T01:00:06.6551234+00:00",
                 "completedAt":"2026-05-26T01:00:09.1551234Z","steps":[{"$type":"imageGen","name":"$0","output":{"images":[
                 {"id":"11c39c0a-b3b1-43d9-b758-e9188b2e3108-0.jpg","url":"https://cdn.example/x","available":true}]}}]}""");
        String line = StatusLine.of(w);
        assertTrue(line.contains("2.5 s"), line);
        assertTrue(line.contains("1 image"), line);
    }

    @Test
    void aSucceededWorkflowWithNothingToShowIsNeverQuiet() {
        Workflow empty = wf("""
                {"id":"9005769-3","status":"succeeded","steps":[{"$type":"imageGen","name":"$0","status":"succeeded","output":{"images":[]}}]}""");
        String line = StatusLine.of(empty);
        assertTrue(line.contains("no output files") && line.contains("success"), line);
        DownloadResult none = new DownloadResult(List.of(), List.of(), empty);
        String card = (String) WorkflowCard.bundle(empty, null, none, null, line).get("text/html");
        assertTrue(card.contains("no output files"), card);
        Workflow text = wf("""
                {"id":"t","status":"succeeded","steps":[{"$type":"transcription","name":"0","output":{"text":"hello"}}]}""");
        assertNull(StatusLine.nothingSaved(text, new DownloadResult(List.of(), List.of())), "a text result is a result");
    }
}
