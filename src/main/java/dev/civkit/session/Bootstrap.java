package dev.civkit.session;

import dev.civkit.client.ClientConfig;
import dev.civkit.display.TerminalImages;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.Profile;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a session comes to be and says where it is: it reads the environment, starts the sandbox when
 * there is no orchestrator to talk to, and writes the banner line.
 */
final class Bootstrap {
    private Bootstrap() {}

    static Session fromEnvironment(Map<String, String> env, PrintStream out, boolean progressInPlace, Hints hints) {
        ClientConfig config = ClientConfig.fromEnvironment(env);
        Session.Builder b = Session.builder().config(config).outputs(Path.of(env.getOrDefault("CIVKIT_OUTPUT_DIR", "outputs")))
                .out(out).progressInPlace(progressInPlace).journal(Journal.fromEnvironment(env)).hints(hints)
                .terminalImages(TerminalImages.fromEnvironment(env).mode());
        if (config.token() == null && env.get(ClientConfig.BASE_URL_ENV) == null) b.ownedSandbox(rememberingSandbox(env, out));
        return b.build();
    }

    /** CIVKIT_SANDBOX_PROFILE=live makes the in-process sandbox answer as the live service does. */
    private static SandboxConfig sandboxConfig(Map<String, String> env) {
        String name = env.getOrDefault(Session.SANDBOX_PROFILE_ENV, "standard");
        try {
            return SandboxConfig.defaults().withProfile(Profile.named(name.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Session.SANDBOX_PROFILE_ENV + ": " + e.getMessage());
        }
    }

    /**
     * The in-process sandbox, remembering its workflows in CIVKIT_SANDBOX_STATE (else the system
     * property civkit.sandbox.state, else ~/.civkit/sandbox), so a later session sees them. When
     * another process holds that folder, this one says so and forgets.
     */
    private static Sandbox rememberingSandbox(Map<String, String> env, PrintStream out) {
        Path state = sandboxState(env);
        try {
            return Sandbox.start(sandboxConfig(env), state);
        } catch (Sandbox.StateInUseException e) {
            out.println(e.getMessage() + " (this session's sandbox forgets its workflows when it ends)");
            return Sandbox.start(sandboxConfig(env));
        }
    }

    static Path sandboxState(Map<String, String> env) {
        String v = env.get(Session.SANDBOX_STATE_ENV);
        if (v == null) v = System.getProperty("civkit.sandbox.state");
        if (v != null && (v.isBlank() || v.strip().equalsIgnoreCase("off"))) return null;
        return v != null ? Path.of(v.strip()) : Path.of(System.getProperty("user.home"), ".civkit", "sandbox");
    }

    static String where(Session s) {
        return connection(s).toString();
    }

    static Connection connection(Session s) {
        ClientConfig c = s.config();
        return new Connection(c.baseUrl(), s.isSandbox(), c.token() == null ? null : c.token().masked(), s.outputRoot());
    }

    static String banner(Session s) {
        return where(s) + " | try: "
                + "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut\").size(1024, 1024)).submit().await().show()";
    }
}
