package vn.gov.assistant.app.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.EverydayName;
import vn.gov.assistant.core.knowledge.InMemoryKnowledgeLog;
import vn.gov.assistant.core.knowledge.KnowledgeAssembly;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.catalog.Popularity;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;

/**
 * {@code bench-publish}: how long a staff change takes to be served, from publishing to the new
 * snapshot answering, over the bundled catalog as the service builds it: fee changes (the accent
 * model is kept) and everyday-name changes (it is retrained). Prints each run and the medians.
 */
final class PublishBenchCommand {

    private PublishBenchCommand() {}

    static int run(String[] args, PrintStream out) {
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs") && i + 1 < args.length) {
                try {
                    runs = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    runs = -1;
                }
            } else {
                out.println("usage: bench-publish [--runs N]   (N from 1 to 50, default 5)");
                return 2;
            }
        }
        if (runs < 1 || runs > 50) {
            out.println("--runs takes a number from 1 to 50");
            return 2;
        }
        Catalog catalog = Catalog.bundled();
        long start = System.nanoTime();
        InMemoryKnowledgeLog changes = new InMemoryKnowledgeLog();
        KnowledgeAssembly assembly = new KnowledgeAssembly(
                Popularity.bundled()::prior,
                new InMemoryConversationStore(1_000, Duration.ofMinutes(30), Clock.systemUTC()),
                ReplyRewriter.NONE,
                null);
        try (LiveKnowledge live = new LiveKnowledge(catalog, changes, assembly)) {
            out.printf("first build (start-up): %d ms%n", (System.nanoTime() - start) / 1_000_000);
            KnowledgeCurator curator = new KnowledgeCurator(live, changes, new InMemoryAuditLog(), Clock.systemUTC());
            Procedure p = live.current()
                    .catalog()
                    .find(live.current()
                            .search()
                            .search("đăng ký khai sinh", 1)
                            .hits()
                            .get(0)
                            .code())
                    .orElseThrow();
            List<Long> fees = new ArrayList<>();
            List<Long> names = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long head = curator.head(ChangeKind.PROCEDURE, p.code().value());
                fees.add(timed(
                        live, curator.publishProcedure("bench", withFee(p, 10_000 + i), false, "bench-publish", head)));
                out.printf("run %d: fee change served after %d ms%n", i + 1, fees.get(i));
                String name = "giấy khai sinh thử nghiệm " + (i + 1);
                names.add(timed(
                        live,
                        curator.publish(
                                "bench",
                                ChangeKind.EVERYDAY_NAME,
                                ChangeKind.keyOf(name),
                                new EverydayName(name, p.code().value()),
                                "bench-publish",
                                0)));
                out.printf("run %d: everyday name served after %d ms%n", i + 1, names.get(i));
            }
            out.printf(
                    "median publish-to-served: fee change %d ms, everyday name %d ms (%d runs, %d cores)%n",
                    median(fees), median(names), runs, Runtime.getRuntime().availableProcessors());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static long timed(LiveKnowledge live, KnowledgeChange change) throws InterruptedException {
        long t0 = System.nanoTime();
        if (!live.awaitServed(change.revision(), Duration.ofMinutes(5))) {
            throw new IllegalStateException("revision " + change.revision() + " was not served in 5 minutes");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Procedure withFee(Procedure p, long amount) {
        List<SubmissionChannel> channels = new ArrayList<>(p.channels());
        SubmissionChannel first = channels.get(0);
        channels.set(
                0,
                new SubmissionChannel(
                        first.method(),
                        first.time(),
                        List.of(new Fee(BigDecimal.valueOf(amount), Fee.VND, "")),
                        first.description()));
        return new Procedure(
                p.code(),
                p.name(),
                p.domain(),
                p.levels(),
                p.procedureType(),
                p.agencies(),
                p.targetGroups(),
                p.steps(),
                channels,
                p.documents(),
                p.conditions(),
                p.results(),
                p.legalBasis(),
                p.decisionNumber(),
                p.sourceUrl(),
                p.ministry(),
                p.importedAt(),
                p.note(),
                null);
    }
}
