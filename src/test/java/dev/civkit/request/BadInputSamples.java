package dev.civkit.request;

import java.util.List;

/**
 * A sample of the bad-input corpus as a person types it, one line each: the JShell and kernel tests
 * run these in a real session to show the session goes on working after each refusal.
 */
public final class BadInputSamples {
    private BadInputSamples() {}

    /** A line of Java and two fragments its error must contain (the field or parameter, and the rule). */
    public record Sample(String code, String field, String rule) {}

    public static final List<Sample> LINES = List.of(
            new Sample("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"p\").cfgScale(Double.NaN)).submit()", "imageGen.input.cfgScale", "finite"),
            new Sample("workflow().imageGen(null)", "imageGen(spec)", "must not be null"),
            new Sample("workflow(\"..\")", "workflow(id)", "'.' or '..'"),
            new Sample("workflow().metadata(\"t\", new Thread())", "metadata.t", "java.lang.Thread"),
            new Sample("var selfRef = new HashMap<String, Object>(); selfRef.put(\"me\", selfRef); workflow().metadata(selfRef)", "metadata.me", "contains itself"),
            new Sample("workflowFromJson(\"{\\\"steps\\\":[],\\n\\\"steps\\\":[]}\")", "workflowFromJson(text)", "duplicate key \"steps\""),
            new Sample("workflow().step(\"echo\", Map.of(\"m\", 1), s -> s.name(\"a\")).step(\"echo\", Map.of(\"m\", 2), s -> s.name(\"a\")).submit()", "steps[1].name", "must be unique"),
            new Sample("workflow().callback(\"http://\", \"workflow:*\")", "callbacks.url", "absolute http(s) URL"),
            new Sample("upload(\"/dev/zero\")", "upload(file)", "not a regular file"),
            new Sample("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"cut \\uD83D\")).submit()", "imageGen.input.prompt", "unpaired surrogate"),
            new Sample("workflowFromJson(\"{\\\"steps\\\":[{\\\"$type\\\":\\\"echo\\\",\\\"input\\\":{\\\"v\\\":1e400}}]}\")", "steps[0].input.v", "out of range"),
            new Sample("workflow().imageGen(i -> i.engine(\"flux\").prompt(\"p\").timeout(Duration.ofMillis(500)))", "timeout", "at least 1 second"));

    /** The valid line that runs after them, and what its output shows. */
    public static final String VALID = "workflow().step(\"echo\", Map.of(\"message\", \"still here\")).submit().await().status()";
}
