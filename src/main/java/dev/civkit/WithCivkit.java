package dev.civkit;

import dev.civkit.request.Require;
import dev.civkit.session.Budget;
import dev.civkit.display.Gallery;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.session.History;
import dev.civkit.session.Resumed;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.session.WorkflowList;
import dev.civkit.sweep.ContactSheet;
import dev.civkit.sweep.Sweep;
import dev.civkit.sweep.SweepResult;
import java.nio.file.Path;

/**
 * civkit's verbs on a session you name, instead of the JVM-wide one {@link Civkit} keeps: implement
 * it in a class ({@code class Demo implements WithCivkit { public Session session() { return mine; } }})
 * or take one with {@code Civkit.on(session)}. Two of them in one JVM never see each other's work.
 */
@FunctionalInterface
public interface WithCivkit {
    /** The session every verb below works on. */
    Session session();

    /** Starts writing a new workflow. */
    default WorkflowBuilder workflow() {
        return new WorkflowBuilder(session());
    }

    /**
     * A workflow from a pasted request body (any example from the docs), kept field for field:
     * {@code workflowFromJson(text).whatif()}, {@code .submit()}, {@code .toJson()}.
     */
    default WorkflowBuilder workflowFromJson(String text) {
        return WorkflowBuilder.fromJson(session(), text);
    }

    /** A recipe body (the input {@code POST /v2/consumer/recipes/{type}} takes) as a one-step workflow. */
    default WorkflowBuilder workflowFromRecipe(String type, String inputJson) {
        return WorkflowBuilder.fromRecipe(session(), type, inputJson);
    }

    /**
     * Reattaches to a workflow by id, e.g. after a restart: {@code workflow("wf_…").await()}.
     *
     * @param workflowId the id {@code submit()} printed, as {@code wf_…}
     * @return a handle holding the workflow's current state (fetched once, no waiting)
     */
    default WorkflowHandle workflow(String workflowId) {
        return session().attach(workflowId);
    }

    /**
     * Your workflows on the server, newest first, fetched lazily and printed one status line each:
     * {@code workflows().tagged("cats").since("2025-06-01").take(20)}.
     */
    default WorkflowList workflows() {
        return session().workflows();
    }

    /**
     * Runs one step through {@code POST /v2/consumer/recipes/{type}}: {@code input} is the step's
     * input as JSON text, a JsonNode, a Map, or a typed builder's {@code toJson()} text.
     * {@code recipe("convertImage", "{\"image\":\"https://…\",\"output\":{\"format\":\"png\"}}").await()}
     *
     * @param type the step's {@code $type}, such as {@code "convertImage"}
     * @param input the step's input
     * @return a handle to the one-step workflow the recipe started
     */
    default WorkflowHandle recipe(String type, Object input) {
        dev.civkit.request.Require.nonBlank(type, "recipe(type, input)", "a step type such as \"convertImage\"");
        dev.civkit.request.Require.nonNull(input, "recipe(type, input)", "the step's input as JSON text, a Map or a JsonNode");
        return session().recipe(type, recipeInput(input), 0);
    }

    /** Uploads a PNG, JPEG, WebP or GIF so a step can use it: {@code i.image(upload("cat.png").url())}. */
    default dev.civkit.client.Blob upload(String file) {
        // The client checks the file itself (regular, readable, an image) before it streams it.
        return session().client().uploadBlob(dev.civkit.request.LocalFiles.path(file, "upload(file)"));
    }

    /** Uploads an image made in the session (sent as PNG). */
    default dev.civkit.client.Blob upload(java.awt.image.RenderedImage image) {
        dev.civkit.request.Require.nonNull(image, "upload(image)", "a BufferedImage, or a file name as text");
        return session().client().uploadBlob(image);
    }

    /** Parses and checks an AIR ({@code urn:air:sdxl:checkpoint:civitai:101055@128078}), saying what is wrong if it is not one. */
    default dev.civkit.air.Air air(String text) {
        return dev.civkit.air.Air.parse(checkedAir(text, "air(text)"));
    }

    /** A JSON Patch to build for {@code h.patch(…)} or {@code h.patchStep(…)}: {@code jsonPatch().remove("/tags/0")}. */
    default dev.civkit.client.JsonPatch jsonPatch() {
        return dev.civkit.client.JsonPatch.ops();
    }

    /** What an AIR names: {@code resource("urn:air:sdxl:checkpoint:civitai:101055@128078")}. A malformed AIR is explained, not sent. */
    default dev.civkit.client.ResourceInfo resource(String air) {
        return session().client().getResource(checkedAir(air, "resource(air)"));
    }

    /** The service catalogue with each service's status, one a line. */
    default dev.civkit.client.ServicePage services() {
        return session().client().listServices(dev.civkit.client.ServiceQuery.all());
    }

    default dev.civkit.client.ServicePage services(dev.civkit.client.ServiceQuery query) {
        dev.civkit.request.Require.nonNull(query, "services(query)", "ServiceQuery.all(), or call services() with no argument");
        return session().client().listServices(query);
    }

    /** One service and its recent metrics, e.g. {@code service("image/flux2/klein/createImage/9b")}. */
    default dev.civkit.client.Service service(String id) {
        dev.civkit.request.Ids.checkServiceId(id, "service(id)");
        return session().client().getService(id, null);
    }

    /**
     * Limits what this session may spend, in Buzz: every submission is priced first and refused
     * when it would cross the limit; sweeps check their whole plan before starting.
     */
    default Budget budget(double buzz) {
        if (!Double.isFinite(buzz) || buzz < 0)
            throw new dev.civkit.request.InvalidRequestException("budget(buzz)", "a budget is a finite amount of Buzz, 0 or more, got " + buzz);
        return session().budget().limit(buzz);
    }

    /** The session's budget: limit, spent, left. */
    default Budget budget() {
        return session().budget();
    }

    /**
     * Plans a grid of variations of a workflow:
     * {@code sweep(workflow().imageGen(i -> i.engine("flux").size(512, 512))).prompts("a cat", "a dog").seeds(1, 2).plan()}.
     */
    default Sweep sweep(WorkflowBuilder template) {
        dev.civkit.request.Require.nonNull(template, "sweep(template)", "a workflow such as workflow().imageGen(i -> i.engine(\"flux\"))");
        return new Sweep(session(), template);
    }

    /** A prompt playground on the workflow's first step: see {@link Civkit#play(WorkflowBuilder)}. */
    default dev.civkit.play.Playground play(WorkflowBuilder workflow) {
        Require.nonNull(workflow, "play(workflow)", "a workflow such as workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox\"))");
        return new dev.civkit.play.Playground(session(), workflow);
    }

    /** A prompt playground on a typed step's workflow. */
    default dev.civkit.play.Playground play(dev.civkit.dsl.TypedStep<?> step) {
        Require.nonNull(step, "play(step)", "a typed step such as workflow().imageGen().flux2().klein().createImage().prompt(\"a fox\")");
        return play(step.then());
    }

    /** Runs a sweep again from its manifest; cells that already succeeded are answered, not paid again. */
    default SweepResult replay(String manifest) {
        Path p = dev.civkit.request.LocalFiles.path(manifest, "replay(manifest)");
        dev.civkit.request.LocalFiles.regularFile(p, "replay(manifest)");
        return SweepResult.replay(session(), p);
    }

    /** A few results side by side in one picture, captioned with prompt and seed. */
    default ContactSheet compare(WorkflowHandle... handles) {
        dev.civkit.request.Require.noNulls(handles, "compare(handles)", "workflow handles from submit() or run()");
        return ContactSheet.compare(session(), handles);
    }

    /**
     * After a JShell or kernel restart: waits for and downloads every journalled workflow of this
     * orchestrator that is unfinished or not yet saved.
     */
    default Resumed resume() {
        Resumed r = session().resume();
        dev.civkit.display.Fit.printIfLong(session().out(), r.text());
        return r;
    }

    /** The last 20 workflows in the journal, one line each. */
    default History history() {
        History h = session().history(20);
        dev.civkit.display.Fit.printIfLong(session().out(), h.text());
        return h;
    }

    /**
     * A local webhook receiver: {@code callback(webhooks().url(), "workflow:*")} makes await()
     * finish on the event instead of polling. The real orchestrator calls HTTPS URLs only.
     */
    default dev.civkit.webhook.WebhookReceiver webhooks() {
        return session().webhooks();
    }

    /** Waits for and saves these workflows, then lays their outputs side by side with captions. */
    default Gallery gallery(WorkflowHandle... handles) {
        dev.civkit.request.Require.noNulls(handles, "gallery(handles)", "workflow handles from submit() or run()");
        return session().gallery(java.util.List.of(handles));
    }

    default Gallery gallery(java.util.List<WorkflowHandle> handles) {
        dev.civkit.request.Require.nonNull(handles, "gallery(handles)", "a list of workflow handles");
        for (WorkflowHandle h : handles) dev.civkit.request.Require.nonNull(h, "gallery(handles)", "workflow handles from submit() or run(), no nulls");
        return session().gallery(handles);
    }

    /** An AIR refused here, naming the parameter, rather than as a malformed request or a 404. */
    private static String checkedAir(String text, String parameter) {
        dev.civkit.request.Require.nonNull(text, parameter, "an AIR such as \"urn:air:sdxl:checkpoint:civitai:101055@128078\"");
        String problem = dev.civkit.request.Templates.airProblem(text);
        if (problem != null) throw new dev.civkit.request.InvalidRequestException(parameter, problem);
        return text;
    }

    private static tools.jackson.databind.JsonNode recipeInput(Object input) {
        tools.jackson.databind.JsonNode n;
        if (input instanceof CharSequence s) n = dev.civkit.request.StrictJson.parse("recipe(type, input)", s.toString());
        else n = dev.civkit.request.JsonValues.of("recipe(type, input)", input);
        if (!n.isObject()) throw new dev.civkit.request.InvalidRequestException("recipe(type, input)", "a recipe input is a JSON object, got " + n.getNodeType());
        return n;
    }
}
