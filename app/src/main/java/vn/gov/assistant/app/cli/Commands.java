package vn.gov.assistant.app.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.eval.DialogueSearch;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.eval.BenchCommand;
import vn.gov.assistant.knowledge.eval.EvalCommand;
import vn.gov.assistant.knowledge.importer.ConvertCatalogCommand;
import vn.gov.assistant.knowledge.search.ProcedureSearch;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/**
 * The commands that run without the web server: {@code convert} (import the portal's records),
 * {@code eval} (measure the search on labelled questions), {@code bench} (time it), {@code loadtest} and
 * {@code bench-publish} (a staff change from publishing to served), {@code soak} (a long mixed load against
 * several instances). Each returns a process exit code.
 */
public final class Commands {

    private static final Map<String, BiFunction<String[], PrintStream, Integer>> COMMANDS = Map.of(
            "convert",
            ConvertCatalogCommand::run,
            "eval",
            (args, out) -> EvalCommand.run(args, out, Catalog::bundled, Commands::search, Commands::dialogue),
            "bench",
            (args, out) -> BenchCommand.run(args, out, Commands::search),
            "loadtest",
            LoadTestCommand::run,
            "bench-publish",
            PublishBenchCommand::run,
            "soak",
            SoakCommand::run);

    private Commands() {}

    /** The search exactly as the web service builds it. */
    public static VietnameseProcedureSearch search(Catalog catalog) {
        return VietnameseProcedureSearch.withBundledData(catalog);
    }

    /** The conversation engine exactly as the web service builds it, on the given search. */
    public static ConversationEngine engine(
            Catalog catalog, VietnameseProcedureSearch search, ConversationStore store) {
        return ConversationEngine.create(catalog, search, store, ReplyRewriter.NONE);
    }

    private static ProcedureSearch dialogue(Catalog catalog, VietnameseProcedureSearch search) {
        return new DialogueSearch(engine(
                catalog, search, new InMemoryConversationStore(100_000, Duration.ofHours(1), Clock.systemUTC())));
    }

    /** The exit code of the command named by the first argument, or empty to start the web server. */
    public static Optional<Integer> run(String[] args, PrintStream out) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return Optional.empty(); // the web service, with Spring's --name=value options
        }
        if (!COMMANDS.containsKey(args[0])) {
            out.println("unknown command '" + args[0] + "'; commands: " + new java.util.TreeSet<>(COMMANDS.keySet())
                    + " (no command starts the web service)");
            return Optional.of(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return Optional.of(COMMANDS.get(args[0]).apply(rest, out));
    }
}
