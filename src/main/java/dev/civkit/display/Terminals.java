package dev.civkit.display;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Is the output a terminal, and which picture protocol does it announce. JShell runs snippets in a
 * second JVM whose System.out is a pipe to the jshell process and whose System.console() is null, so
 * there the question is asked of the parent: is jshell's own standard output a terminal.
 */
final class Terminals {
    private Terminals() {}

    static boolean isTerminal() {
        if (consoleIsTerminal(System.console())) return true;
        return jshellAgent() && ProcessHandle.current().parent().map(Terminals::stdoutIsTty).orElse(false);
    }

    /**
     * Up to JDK 21 a console exists only when input and output are a terminal. Since JDK 22 System.console() is
     * there when they are redirected too, and Console.isTerminal() (new in 22, so asked by reflection while the
     * kit builds for 17) tells.
     */
    static boolean consoleIsTerminal(Console console) {
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** This JVM runs JShell's snippets for a jshell process (its parent), not a kernel or a test. */
    static boolean jshellAgent() {
        String cmd = System.getProperty("sun.java.command", "");
        if (!cmd.startsWith("jdk.jshell.execution.RemoteExecutionControl")) return false;
        // A notebook kernel may run JShell's agent too; only the jshell tool's terminal is a person's screen.
        return ProcessHandle.current().parent()
                .map(p -> p.info().commandLine().orElse("") + " " + p.info().command().orElse(""))
                .map(c -> c.contains("jdk.jshell/jdk.internal.jshell.tool") || c.contains("bin/jshell"))
                .orElse(false);
    }

    /**
     * How many columns the terminal has, for a line redrawn in place: stty's answer for the terminal the
     * output reaches (jshell's own under JShell), else $COLUMNS, else 80. Asked once per live line, never
     * per redraw.
     */
    static int columns() {
        Optional<Path> tty = jshellAgent() ? ProcessHandle.current().parent().flatMap(Terminals::stdoutTty) : Optional.of(Path.of("/dev/tty"));
        Optional<Integer> asked = tty.flatMap(Terminals::sttySize);
        if (asked.isPresent()) return asked.get();
        try {
            int env = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            if (env > 0) return env;
        } catch (NumberFormatException unset) {
            // the usual case: shells do not export COLUMNS
        }
        return 80;
    }

    /** {@code stty size} read from {@code tty}: "rows columns". */
    private static Optional<Integer> sttySize(Path tty) {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return columnsOf(new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The columns in stty's "rows columns" answer; none for anything else (0 columns: a pseudo-terminal never sized). */
    static Optional<Integer> columnsOf(String sttySize) {
        String[] p = sttySize.trim().split("\\s+");
        try {
            int c = p.length == 2 ? Integer.parseInt(p[1]) : 0;
            return c > 0 ? Optional.of(c) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The terminal the process's fd 1 points to, when it is one (Linux: /proc). */
    private static Optional<Path> stdoutTty(ProcessHandle p) {
        try {
            Path target = stdout(p);
            return isTty(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Path stdout(ProcessHandle p) throws IOException {
        return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "fd", "1"));
    }

    private static boolean isTty(Path device) {
        return device.toString().startsWith("/dev/pts/") || device.toString().startsWith("/dev/tty");
    }

    /** Linux: where the process's fd 1 points. Elsewhere (no /proc) a set, non-dumb TERM is the best sign. */
    private static boolean stdoutIsTty(ProcessHandle p) {
        try {
            return isTty(stdout(p));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            String term = System.getenv("TERM");
            return !Files.isDirectory(Path.of("/proc")) && term != null && !term.isBlank() && !term.equals("dumb");
        }
    }

    /**
     * The way the terminal announces: kitty (and Ghostty) by their variables or TERM, iTerm2 and
     * WezTerm by TERM_PROGRAM, sixel terminals by TERM; inside tmux or screen half blocks, since
     * graphics escapes reach the outer terminal only with passthrough set up.
     */
    static TerminalImages.Mode choose(Map<String, String> env) {
        String term = Optional.ofNullable(env.get("TERM")).orElse("");
        String program = Optional.ofNullable(env.get("TERM_PROGRAM")).orElse("");
        if (term.equals("dumb")) return TerminalImages.Mode.OFF;
        if (env.containsKey("TMUX") || term.startsWith("screen") || term.startsWith("tmux")) return TerminalImages.Mode.BLOCKS;
        if (env.containsKey("KITTY_WINDOW_ID") || term.equals("xterm-kitty") || program.equalsIgnoreCase("ghostty")
                || term.equals("xterm-ghostty")) return TerminalImages.Mode.KITTY;
        if (program.equals("iTerm.app") || program.equals("WezTerm") || "iTerm2".equals(env.get("LC_TERMINAL"))
                || program.equals("vscode")) return TerminalImages.Mode.ITERM;
        if (term.contains("sixel") || term.startsWith("foot") || term.startsWith("mlterm") || term.equals("contour"))
            return TerminalImages.Mode.SIXEL;
        return TerminalImages.Mode.BLOCKS;
    }
}
