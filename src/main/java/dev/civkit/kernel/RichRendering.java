package dev.civkit.kernel;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

/**
 * How civkit objects choose their notebook rendering without depending on the kernel.
 *
 * <p>The convention: a class that wants rich output declares
 * <pre>{@code public Map<String, Object> toMimeBundle()}</pre>
 * returning MIME type keys ({@code "text/html"}, {@code "image/png"}, {@code "text/markdown"}, ...)
 * mapped to String values. Text types carry the text itself; binary types such as
 * {@code image/png} or {@code image/jpeg} carry base64 without a data-URL prefix, as the Jupyter
 * protocol expects. The kernel finds the method by reflection, so the display layer needs no
 * interface and no compile dependency on this package; when the bundle lacks {@code text/plain}
 * the object's {@code toString()} is added so plain front ends still show something.
 *
 * <p>Objects without the method go through JJava's {@link Renderer}, which knows
 * {@code java.awt.image.RenderedImage} (as image/png) and falls back to text/plain.
 */
final class RichRendering {

    public static final String BUNDLE_METHOD = "toMimeBundle";

    private RichRendering() {
    }

    /** Renders {@code value}; with {@code mimes} given, only those types are kept. */
    static DisplayData render(Renderer renderer, Object value, String... mimes) {
        if (value instanceof DisplayData rendered) return rendered; // render(x) as a cell's value shows x, not DisplayData@…
        if (value == null) {
            DisplayData none = new DisplayData();
            none.putText("null");
            return none;
        }
        Map<?, ?> bundle = bundleOf(value);
        if (bundle == null && value instanceof CharSequence text && !(value instanceof String)) {
            // JSON text and other CharSequences read as text; JJava would otherwise serialise their fields.
            DisplayData data = new DisplayData();
            data.putText(text.toString());
            return data;
        }
        if (bundle == null) {
            return mimes.length == 0 ? renderer.render(value) : renderer.renderAs(value, mimes);
        }
        DisplayData data = new DisplayData();
        for (Map.Entry<?, ?> e : bundle.entrySet()) {
            String mime = String.valueOf(e.getKey());
            if (e.getValue() != null && wanted(mime, mimes)) {
                data.putData(mime, e.getValue());
            }
        }
        if (!bundle.containsKey("text/plain") && wanted("text/plain", mimes)) {
            data.putText(String.valueOf(value));
        }
        return data;
    }

    private static boolean wanted(String mime, String[] mimes) {
        if (mimes.length == 0) {
            return true;
        }
        for (String m : mimes) {
            if (m.equals(mime) || m.equals("*") || m.endsWith("/*") && mime.startsWith(m.substring(0, m.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The object's bundle, or null when it does not follow the convention or the call fails. */
    static Map<?, ?> bundleOf(Object value) {
        if (value == null) {
            return null;
        }
        try {
            Method m = value.getClass().getMethod(BUNDLE_METHOD);
            if (!Map.class.isAssignableFrom(m.getReturnType()) || Modifier.isStatic(m.getModifiers())) {
                return null;
            }
            // Classes declared in a cell are not public; the method still is.
            m.setAccessible(true);
            return (Map<?, ?>) m.invoke(value);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("civkit: " + BUNDLE_METHOD + "() failed on " + value.getClass().getName() + ": " + e);
            return null;
        }
    }
}
