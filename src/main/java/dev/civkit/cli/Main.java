package dev.civkit.cli;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.session.Session;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code java -jar civkit.jar <command>}: the sandbox server, raw submissions for scripts and CI
 * smoke tests, workflow lookups, and the notebook kernel.
 */
final class Main {
    static final String USAGE = """
            usage: java -jar civkit.jar <command> [options]

            commands:
              sandbox   run the sandbox orchestrator (a local copy of the API)
              submit    send a workflow request body (a file, or - for stdin)
              get       show a workflow by id
              soak      run many workflows against a faulty in-process sandbox and check nothing is lost
              kernel    install or run the civkit Jupyter kernel
              notebook  open Jupyter in notebooks/ with the civkit kernel
              bench     measure start-up, completion detection, throughput and the kernel (writes target/bench/RESULTS.md)

            Run 'java -jar civkit.jar <command> --help' for a command's options.
            Environment: CIVITAI_API_TOKEN (the real API; without it a sandbox is used),
                         CIVITAI_BASE_URL (default https://orchestration.civitai.com).
            """;

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv());
        if (code != Commands.KEEP_RUNNING) System.exit(code);
    }

    /** The environment is a parameter so tests can point the CLI at their own sandbox and journal. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version") || args[0].equals("version")) {
            out.println("civkit " + Session.VERSION + " (Java " + Runtime.version().feature() + ")");
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "sandbox" -> Commands.sandbox(Args.parse(rest), out);
                case "submit" -> Commands.submit(Args.parse(rest), out, err, env);
                case "get" -> Commands.get(Args.parse(rest), out, err, env);
                case "soak" -> Soak.run(Args.parse(rest), out, err);
                case "kernel" -> Commands.kernel(rest);
                case "notebook" -> Commands.notebook(rest);
                case "bench" -> Commands.bench(rest, out);
                default -> {
                    err.println("unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Args.UsageException | InvalidRequestException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // Not a user mistake, but still one line: a stack trace helps nobody at a prompt.
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }
}
