package dev.civkit.request;

/**
 * A request the kit refuses to send: names the field (as the API would, for example
 * {@code steps[0].input.width}) and the rule it breaks.
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
}
