package dev.civkit.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Kernel settings read from the environment the way IJava and JJava read them, so kernel.json
 * files and habits written for those kernels keep working. When both spellings are set the
 * {@code JJAVA_} one wins, since JJava is the maintained successor.
 */
record KernelConfig(
        String classpath,
        String startupScriptsPath,
        String startupScript,
        long timeoutMs,
        List<String> compilerOptions) {

    public static KernelConfig fromEnv(Map<String, String> env) {
        String timeout = lookup(env, "TIMEOUT");
        long timeoutMs = -1;
        if (timeout != null && !timeout.isBlank()) {
            try {
                timeoutMs = Long.parseLong(timeout.trim());
            } catch (NumberFormatException e) {
                System.err.println("civkit kernel: ignoring non-numeric TIMEOUT '" + timeout + "'");
            }
        }
        String opts = lookup(env, "COMPILER_OPTS");
        List<String> compilerOptions = opts == null || opts.isBlank()
                ? List.of()
                : new ArrayList<>(Arrays.asList(opts.trim().split("\\s+")));
        return new KernelConfig(
                lookup(env, "CLASSPATH"),
                lookup(env, "STARTUP_SCRIPTS_PATH"),
                lookup(env, "STARTUP_SCRIPT"),
                timeoutMs,
                List.copyOf(compilerOptions));
    }

    static String lookup(Map<String, String> env, String suffix) {
        String jjava = env.get("JJAVA_" + suffix);
        return jjava != null ? jjava : env.get("IJAVA_" + suffix);
    }
}
