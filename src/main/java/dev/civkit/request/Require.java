package dev.civkit.request;

/**
 * The null rule of the public API: a missing argument is named, with what to pass instead,
 * before it can become a NullPointerException somewhere deeper.
 */
public final class Require {
    private Require() {}

    /**
     * @param parameter how the user wrote the call, e.g. {@code imageGen(spec)}
     * @param whatToPass an example of a good argument, e.g. {@code a lambda such as i -> i.prompt("…")}
     */
    public static <T> T nonNull(T value, String parameter, String whatToPass) {
        if (value == null) throw new InvalidRequestException(parameter, "must not be null: pass " + whatToPass + ", got null");
        return value;
    }

    /** Varargs given as a null array, or holding a null element. */
    public static <T> T[] noNulls(T[] values, String parameter, String whatToPass) {
        nonNull(values, parameter, whatToPass);
        for (int i = 0; i < values.length; i++)
            if (values[i] == null) throw new InvalidRequestException(parameter, "element " + i + " must not be null: pass " + whatToPass + ", got null");
        return values;
    }

    /** Text that must be there and say something. */
    public static String nonBlank(String value, String parameter, String whatToPass) {
        nonNull(value, parameter, whatToPass);
        if (value.isBlank()) throw new InvalidRequestException(parameter, "must not be blank: pass " + whatToPass + ", got \"" + value + "\"");
        return value;
    }
}
