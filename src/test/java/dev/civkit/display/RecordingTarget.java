package dev.civkit.display;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A notebook cell as a list: every bundle displayed or updated, in order. */
final class RecordingTarget implements NotebookDisplay.Target {
    final List<Map<String, Object>> shown = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void display(String displayId, Map<String, Object> bundle) {
        shown.add(bundle);
    }

    @Override
    public void update(String displayId, Map<String, Object> bundle) {
        shown.add(bundle);
    }
}
