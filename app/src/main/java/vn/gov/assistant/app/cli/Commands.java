package vn.gov.assistant.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.gov.assistant.knowledge.importer.ConvertCatalogCommand;

/**
 * The commands that run without the web server: {@code convert} today, {@code eval} and
 * {@code bench} for the search. Each returns a process exit code.
 */
public final class Commands {

    private static final Map<String, BiFunction<String[], PrintStream, Integer>> COMMANDS =
            Map.of("convert", ConvertCatalogCommand::run);

    private Commands() {}

    /** The exit code of the command named by the first argument, or empty to start the web server. */
    public static Optional<Integer> run(String[] args, PrintStream out) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            return Optional.empty();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return Optional.of(COMMANDS.get(args[0]).apply(rest, out));
    }
}
