package org.smppconnector.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The benchmarks' shared option reading: {@code -Dbench.NAME=value} system properties, then
 * {@code --NAME value} or {@code --NAME=value} arguments over them. Each benchmark turns the raw
 * values into its own typed options.
 */
public final class CommandLineOptions {

    private CommandLineOptions() {
    }

    /**
     * @param names  the options the benchmark knows; any other is refused
     * @param usage  appended to every refusal
     * @param onHelp what {@code --help} throws
     */
    public static Map<String, String> read(String[] args, List<String> names, String usage,
                                           Supplier<? extends RuntimeException> onHelp) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            String property = System.getProperty("bench." + name);
            if (property != null) {
                values.put(name, property);
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help")) {
                throw onHelp.get();
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got '" + arg + "'\n" + usage);
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option --" + name + " needs a value\n" + usage);
                }
                value = args[++i];
            }
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + usage);
            }
            values.put(name, value);
        }
        return values;
    }
}
