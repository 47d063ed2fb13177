package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A program in a real terminal: a tmux server of its own, keys in, screen out. Each instance has a
 * socket of its own: a new server on the socket of one just killed can find it still going away.
 */
final class Tmux implements AutoCloseable {
    private final String socket;

    Tmux(String name) {
        this.socket = "civkit-it-" + name + "-" + ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Starts {@code shellCommand} in a detached window of the given size; {@code env} as {@code NAME=value}. */
    void start(int columns, int rows, List<String> env, String shellCommand) throws Exception {
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows)));
        for (String e : env) args.addAll(List.of("-e", e));
        args.add(shellCommand);
        run(args.toArray(String[]::new));
    }

    /** Keys as tmux names them: text, or {@code Tab}, {@code Enter}, {@code C-u}. */
    void send(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** The screen and 100 lines of scroll-back, with colours as escape sequences. */
    String screen() throws Exception {
        return run("capture-pane", "-t", "t", "-e", "-p", "-S", "-100");
    }

    String waitFor(Predicate<String> ready, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String screen = "";
        while (System.nanoTime() < end) {
            screen = screen();
            if (ready.test(screen)) return screen;
            Thread.sleep(250);
        }
        fail("the terminal never showed what was expected within " + seconds + " s:\n" + screen);
        return screen;
    }

    String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("this test needs tmux (apt-get install -y tmux): " + e.getMessage(), e);
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "tmux " + String.join(" ", args) + ": " + text);
        return text;
    }

    @Override
    public void close() throws Exception {
        new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor();
    }
}
