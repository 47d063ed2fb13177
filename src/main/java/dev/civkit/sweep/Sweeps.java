package dev.civkit.sweep;

import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.display.Captions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entry points behind {@code replay(…)} and {@code compare(…)}. */
public final class Sweeps {
    private Sweeps() {}

    /**
     * Runs every cell of a manifest again with its original idempotency key: the server answers
     * workflows that already exist (nothing is charged twice) and runs the ones that never got there.
     */
    public static SweepResult replay(Session session, Path manifest) {
        SweepPlan plan = Manifest.read(session, manifest);
        Map<Integer, String> existing = Manifest.existing(manifest);
        List<Integer> all = new ArrayList<>();
        double toPay = 0;
        for (int i = 0; i < plan.size(); i++) {
            all.add(i);
            if (!existing.containsKey(i)) toPay += plan.price(i);
        }
        // Cells with a workflow are picked up by id (nothing to pay); only the others can cost anything.
        session.budget().check("Replaying " + (plan.size() - existing.size()) + " cells", toPay);
        return new SweepRunner(session, plan, Sweep.DEFAULT_CONCURRENCY).run(all, null, Map.of(), existing);
    }

    public static ContactSheet compare(Session session, WorkflowHandle... handles) {
        if (handles.length == 0) throw new dev.civkit.request.InvalidRequestException("compare(handles)", "name at least one workflow handle: compare(a, b, …), got none");
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        StringBuilder name = new StringBuilder("compare");
        for (WorkflowHandle h : handles) {
            if (!h.isDone()) h.await();
            var files = h.workflow().succeeded() ? h.files() : List.<dev.civkit.outputs.SavedFile>of();
            Path image = files.stream().map(f -> f.path()).filter(p -> p.toString().matches("(?i).*\\.(png|jpe?g)")).findFirst().orElse(null);
            tiles.add(new ContactSheet.Tile(caption(h), image, h.workflow().succeeded() ? null : h.status()));
            name.append('-').append(h.id(), Math.max(0, h.id().length() - 6), h.id().length());
        }
        ContactSheet sheet = ContactSheet.row(tiles, session.outputRoot().resolve("compare").resolve(name + ".png"));
        session.terminalImages().draw(session.out(), sheet.file());
        return sheet;
    }

    /** The gallery's caption: engine, seed, settings, prompt. */
    static String caption(WorkflowHandle h) {
        var request = h.request();
        String line = Captions.of(h.workflow(), request == null ? null : request.node(), null).line(60);
        return line.isEmpty() ? h.id() : line;
    }
}
