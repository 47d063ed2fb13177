package dev.civkit.widget;

/** A layout or style model: state a widget refers to, never shown on its own. */
final class Part extends Model {
    Part(String module, String model, String view) {
        super(module, model, Model.BASE, view);
    }

    static Part layout() {
        return new Part(BASE, "LayoutModel", "LayoutView");
    }

    static Part style(String model) {
        return new Part(CONTROLS, model, "StyleView");
    }
}
