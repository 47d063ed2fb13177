package dev.civkit.widget;

final class HTMLImpl extends ValueImpl<String, HTML> implements HTML {
    HTMLImpl(String html) {
        super("HTMLModel", "HTMLView", "HTMLStyleModel");
        init("value", html == null ? "" : html);
        init("placeholder", "");
    }

    @Override
    public String toString() {
        String v = value();
        return named() + " (" + v.length() + " chars of HTML)";
    }
}
