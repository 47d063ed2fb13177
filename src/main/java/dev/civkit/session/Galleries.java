package dev.civkit.session;

import dev.civkit.display.Captions;
import dev.civkit.display.Gallery;
import dev.civkit.display.NotebookDisplay;
import dev.civkit.display.StatusLine;
import dev.civkit.outputs.SavedFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Waits for a set of workflows under one progress line, saves their outputs, and lays them out. */
final class Galleries {
    private Galleries() {}

    static Gallery of(List<WorkflowHandle> handles) {
        List<WorkflowHandle> all = List.copyOf(handles);
        awaitAll(all);
        List<Gallery.Item> items = new ArrayList<>();
        List<String> notSucceeded = new ArrayList<>();
        for (WorkflowHandle h : all) {
            var request = h.request();
            for (SavedFile f : h.files())
                items.add(new Gallery.Item(h.id(), f, Captions.of(h.workflow(), request, f.output().stepName())));
            if (!h.workflow().succeeded()) notSucceeded.add(h.statusLine());
        }
        return new Gallery(items, all.size(), notSucceeded);
    }

    /** One progress display (or console line) for the whole set, not one per workflow. */
    private static void awaitAll(List<WorkflowHandle> handles) {
        long started = System.nanoTime();
        String displayId = null;
        for (int done = 0; done < handles.size(); done++) {
            WorkflowHandle h = handles.get(done);
            if (h.isDone()) continue;
            String line = "gallery: waiting for " + h.id() + " (" + done + " of " + handles.size() + " done)";
            if (displayId == null) displayId = NotebookDisplay.show(Map.of("text/plain", line));
            else NotebookDisplay.update(displayId, Map.of("text/plain", line));
            if (displayId == null) System.out.println(line);
            h.awaitQuietly();
        }
        if (displayId != null)
            NotebookDisplay.update(displayId, Map.of("text/plain", "gallery: " + handles.size() + " workflows finished after "
                    + StatusLine.seconds(Duration.ofNanos(System.nanoTime() - started))));
    }
}
