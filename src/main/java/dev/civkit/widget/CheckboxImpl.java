package dev.civkit.widget;

final class CheckboxImpl extends ValueImpl<Boolean, Checkbox> implements Checkbox {
    CheckboxImpl(String description) {
        super("CheckboxModel", "CheckboxView", "CheckboxStyleModel");
        init("value", false);
        init("description", description == null ? "" : description);
        init("indent", true);
    }

    @Override
    Object toState(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    @Override
    public Checkbox indent(boolean indent) {
        put("indent", indent);
        return this;
    }
}
