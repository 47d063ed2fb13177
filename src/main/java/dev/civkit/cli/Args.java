package dev.civkit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value}, {@code --flag}, and positional words. */
final class Args {
    private static final Set<String> FLAGS = Set.of("whatif", "help", "user", "sys-prefix");

    final List<String> positional = new ArrayList<>();
    final Map<String, String> options = new HashMap<>();

    static Args parse(String[] args) {
        Args a = new Args();
        for (int i = 0; i < args.length; i++) {
            String s = args[i];
            if (s.equals("-h")) s = "--help";
            if (s.startsWith("--") && s.length() > 2) {
                String name = s.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    a.options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (FLAGS.contains(name)) {
                    a.options.put(name, "true");
                } else {
                    if (i + 1 >= args.length) throw new UsageException("--" + name + " needs a value");
                    a.options.put(name, args[++i]);
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    String get(String name) {
        return options.get(name);
    }

    int intOption(String name, int dflt, int min, int max) {
        String v = options.get(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + v);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, got '" + v + "'");
        }
    }

    void allowOnly(String... names) {
        Set<String> ok = Set.of(names);
        for (String k : options.keySet())
            if (!ok.contains(k) && !k.equals("help")) throw new UsageException("unknown option --" + k + " (see --help)");
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
