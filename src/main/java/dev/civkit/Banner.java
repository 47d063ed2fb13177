package dev.civkit;

/**
 * The start-up line, behind a class with nothing else in it: JShell compiles each start-up snippet
 * afresh, and a snippet naming {@link Civkit} makes the compiler read every type in Civkit's
 * signatures, a cost paid before the first prompt.
 */
public final class Banner {
    private Banner() {}

    public static void print() {
        System.out.println(Civkit.banner());
    }
}
