package dev.civkit;

/**
 * The notebook kernel's start-up line, behind a class with nothing else in it: JShell compiles each
 * start-up snippet afresh, and a snippet naming {@link Civkit} makes the compiler read every type in
 * Civkit's signatures. JShell itself prints no banner: every start-up statement costs it a compile and
 * round trips to its remote VM, so there the session announces itself on first use instead.
 */
public final class Banner {
    private Banner() {}

    public static void print() {
        System.out.println(Civkit.session(false).banner());
    }
}
