package dev.civkit.widget;

import java.util.Map;

/**
 * A value whose display is live widgets where a widget manager draws them and a static card where
 * none does (a notebook run headlessly, a front end without ipywidgets). A front end's widget manager
 * announces itself a moment after its kernel is ready, so a cell run at once (Run All on open, a
 * restart and run) can come before it: a kernel that shows a view in that moment shows the card as
 * an updatable display and puts the widgets in its place when the manager announces itself.
 */
public interface WidgetView {
    /** The widgets' bundle (with the card as its HTML twin) when a manager draws them, else the card. */
    Map<String, Object> toMimeBundle();
}
