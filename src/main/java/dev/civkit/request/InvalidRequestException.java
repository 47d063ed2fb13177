package dev.civkit.request;

/**
 * A request the kit refuses to send: names the field or parameter (as the API would, for example
 * {@code steps[0].input.width}, or {@code imageGen(spec)} for a method's argument) and the rule it
 * breaks, saying what was given. The one exception type for every user mistake caught locally.
 */
public final class InvalidRequestException extends IllegalArgumentException {
    private final String field;
    private final String rule;

    public InvalidRequestException(String field, String rule) {
        super(field + ": " + rule + " (nothing was sent)");
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    /** The same rule reported at {@code prefix} + this field (a step's rules seen from its workflow). */
    public InvalidRequestException under(String prefix) {
        InvalidRequestException e = new InvalidRequestException(prefix + field, rule);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
