package dev.civkit;

import dev.civkit.air.Air;
import dev.civkit.client.Blob;
import dev.civkit.client.JsonPatch;
import dev.civkit.client.ResourceInfo;
import dev.civkit.client.Service;
import dev.civkit.client.ServicePage;
import dev.civkit.client.ServiceQuery;
import dev.civkit.display.Fit;
import dev.civkit.dsl.TypedStep;
import dev.civkit.play.Playground;
import dev.civkit.request.Ids;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.JsonValues;
import dev.civkit.request.LocalFiles;
import dev.civkit.request.Require;
import dev.civkit.request.StrictJson;
import dev.civkit.request.Templates;
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
import dev.civkit.webhook.WebhookReceiver;
import java.awt.image.RenderedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * civkit's verbs on a session you name, instead of the JVM-wide one {@link Civkit} keeps: implement
 * it in a class ({@code class Demo implements WithCivkit { public Session session() { return mine; } }})
 * or take one with {@code Civkit.on(session)}. Two of them in one JVM never see each other's work.
 */
@FunctionalInterface
public interface WithCivkit {
    /** The session every verb below works on. */
    Session session();

    /** {@link Civkit#workflow()}, on {@link #session()}. */
    default WorkflowBuilder workflow() {
        return new WorkflowBuilder(session());
    }

    /** {@link Civkit#workflowFromJson(String)}, on {@link #session()}. */
    default WorkflowBuilder workflowFromJson(String text) {
        return WorkflowBuilder.fromJson(session(), text);
    }

    /** {@link Civkit#workflowFromRecipe(String, String)}, on {@link #session()}. */
    default WorkflowBuilder workflowFromRecipe(String type, String inputJson) {
        return WorkflowBuilder.fromRecipe(session(), type, inputJson);
    }

    /** {@link Civkit#workflow(String)}, on {@link #session()}. */
    default WorkflowHandle workflow(String workflowId) {
        return session().attach(workflowId);
    }

    /** {@link Civkit#workflows()}, on {@link #session()}. */
    default WorkflowList workflows() {
        return session().workflows();
    }

    /** {@link Civkit#recipe(String, Object)}, on {@link #session()}. */
    default WorkflowHandle recipe(String type, Object input) {
        Require.nonBlank(type, "recipe(type, input)", "a step type such as \"convertImage\"");
        Require.nonNull(input, "recipe(type, input)", "the step's input as JSON text, a Map or a JsonNode");
        return session().recipe(type, recipeInput(input), 0);
    }

    /** {@link Civkit#upload(String)}, on {@link #session()}. */
    default Blob upload(String file) {
        // The client checks the file itself (regular, readable, an image) before it streams it.
        return session().client().uploadBlob(LocalFiles.path(file, "upload(file)"));
    }

    /** {@link Civkit#upload(java.awt.image.RenderedImage)}, on {@link #session()}. */
    default Blob upload(RenderedImage image) {
        Require.nonNull(image, "upload(image)", "a BufferedImage, or a file name as text");
        return session().client().uploadBlob(image);
    }

    /** {@link Civkit#air(String)}, on {@link #session()}. */
    default Air air(String text) {
        return Air.parse(checkedAir(text, "air(text)"));
    }

    /** {@link Civkit#jsonPatch()}, on {@link #session()}. */
    default JsonPatch jsonPatch() {
        return JsonPatch.ops();
    }

    /** {@link Civkit#resource(String)}, on {@link #session()}. */
    default ResourceInfo resource(String air) {
        return session().client().getResource(checkedAir(air, "resource(air)"));
    }

    /** {@link Civkit#services()}, on {@link #session()}. */
    default ServicePage services() {
        return session().client().listServices(ServiceQuery.all());
    }

    default ServicePage services(ServiceQuery query) {
        Require.nonNull(query, "services(query)", "ServiceQuery.all(), or call services() with no argument");
        return session().client().listServices(query);
    }

    /** {@link Civkit#service(String)}, on {@link #session()}. */
    default Service service(String id) {
        Ids.checkServiceId(id, "service(id)");
        return session().client().getService(id, null);
    }

    /** {@link Civkit#budget(double)}, on {@link #session()}. */
    default Budget budget(double buzz) {
        if (!Double.isFinite(buzz) || buzz < 0)
            throw new InvalidRequestException("budget(buzz)", "a budget is a finite amount of Buzz, 0 or more, got " + buzz);
        return session().budget().limit(buzz);
    }

    /** {@link Civkit#budget()}, on {@link #session()}. */
    default Budget budget() {
        return session().budget();
    }

    /** {@link Civkit#sweep(WorkflowBuilder)}, on {@link #session()}. */
    default Sweep sweep(WorkflowBuilder template) {
        Require.nonNull(template, "sweep(template)", "a workflow such as workflow().imageGen(i -> i.engine(\"flux\"))");
        return new Sweep(session(), template);
    }

    /** A prompt playground on the workflow's first step: see {@link Civkit#play(WorkflowBuilder)}. */
    default Playground play(WorkflowBuilder workflow) {
        Require.nonNull(workflow, "play(workflow)", "a workflow such as workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a fox\"))");
        return new Playground(session(), workflow);
    }

    /** A prompt playground on a typed step's workflow. */
    default Playground play(TypedStep<?> step) {
        Require.nonNull(step, "play(step)", "a typed step such as workflow().imageGen().flux2().klein().createImage().prompt(\"a fox\")");
        return play(step.then());
    }

    /** {@link Civkit#replay(String)}, on {@link #session()}. */
    default SweepResult replay(String manifest) {
        Path p = LocalFiles.path(manifest, "replay(manifest)");
        LocalFiles.regularFile(p, "replay(manifest)");
        return SweepResult.replay(session(), p);
    }

    /** {@link Civkit#compare(WorkflowHandle...)}, on {@link #session()}. */
    default ContactSheet compare(WorkflowHandle... handles) {
        Require.noNulls(handles, "compare(handles)", "workflow handles from submit() or run()");
        return ContactSheet.compare(session(), handles);
    }

    /** {@link Civkit#resume()}, on {@link #session()}. */
    default Resumed resume() {
        Resumed r = session().resume();
        Fit.printIfLong(session().out(), r.text());
        return r;
    }

    /** {@link Civkit#history()}, on {@link #session()}. */
    default History history() {
        History h = session().history(20);
        Fit.printIfLong(session().out(), h.text());
        return h;
    }

    /** {@link Civkit#webhooks()}, on {@link #session()}. */
    default WebhookReceiver webhooks() {
        return session().webhooks();
    }

    /** {@link Civkit#gallery(WorkflowHandle...)}, on {@link #session()}. */
    default Gallery gallery(WorkflowHandle... handles) {
        Require.noNulls(handles, "gallery(handles)", "workflow handles from submit() or run()");
        return session().gallery(List.of(handles));
    }

    default Gallery gallery(List<WorkflowHandle> handles) {
        Require.nonNull(handles, "gallery(handles)", "a list of workflow handles");
        for (WorkflowHandle h : handles) Require.nonNull(h, "gallery(handles)", "workflow handles from submit() or run(), no nulls");
        return session().gallery(handles);
    }

    /** An AIR refused here, naming the parameter, rather than as a malformed request or a 404. */
    private static String checkedAir(String text, String parameter) {
        Require.nonNull(text, parameter, "an AIR such as \"urn:air:sdxl:checkpoint:civitai:101055@128078\"");
        String problem = Templates.airProblem(text);
        if (problem != null) throw new InvalidRequestException(parameter, problem);
        return text;
    }

    private static tools.jackson.databind.JsonNode recipeInput(Object input) {
        tools.jackson.databind.JsonNode n;
        if (input instanceof CharSequence s) n = StrictJson.parse("recipe(type, input)", s.toString());
        else n = JsonValues.of("recipe(type, input)", input);
        if (!n.isObject()) throw new InvalidRequestException("recipe(type, input)", "a recipe input is a JSON object, got " + n.getNodeType());
        return n;
    }
}
