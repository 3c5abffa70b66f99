package vn.gov.assistant.core.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * The figures of a period and channel, from the day counters the {@link AnalyticsRecorder} kept:
 * the counters of every day of the period (and of the channel, or of all) are added up, then the
 * rates and the median computed from the sums. Each figure is defined in {@link AnalyticsReport}.
 */
public final class Analytics {

    /** The channels, as the reception names them, with their names for staff. */
    public static final Map<String, String> CHANNELS;

    static {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("web", "Web chat");
        channels.put("telegram", "Telegram");
        channels.put("zalo", "Zalo");
        channels.put("api", "API");
        CHANNELS = Collections.unmodifiableMap(channels);
    }

    /** How many procedures the report lists. */
    public static final int TOP_PROCEDURES = 10;

    private final AnalyticsStore store;
    private final Function<String, String> procedureName;

    /**
     * {@code procedureName}: a procedure's name by its code, empty when the catalog no longer has
     * it.
     */
    public Analytics(AnalyticsStore store, Function<String, String> procedureName) {
        this.store = Objects.requireNonNull(store);
        this.procedureName = Objects.requireNonNull(procedureName);
    }

    /** The report of a period and channel. */
    public AnalyticsReport report(AnalyticsQuery query) {
        Map<String, Long> totals = new HashMap<>();
        Map<LocalDate, Map<String, Long>> perDay = new HashMap<>();
        List<Duration> waits = new ArrayList<>();
        for (DayCounts d : store.read(query.from(), query.to())) {
            if (query.channel().isPresent() && !query.channel().get().equals(d.channel())) {
                continue;
            }
            Map<String, Long> day = perDay.computeIfAbsent(d.day(), x -> new HashMap<>());
            d.counts().forEach((name, n) -> {
                totals.merge(name, n, Long::sum);
                day.merge(name, n, Long::sum);
            });
            waits.addAll(d.waits());
        }

        List<AnalyticsReport.Day> days = new ArrayList<>();
        for (LocalDate day = query.from(); day.isBefore(query.to()); day = day.plusDays(1)) {
            Map<String, Long> c = perDay.getOrDefault(day, Map.of());
            long ratings = 0;
            for (int score = 1; score <= 5; score++) {
                ratings += c.getOrDefault(Counter.rating(score), 0L);
            }
            days.add(new AnalyticsReport.Day(
                    day,
                    c.getOrDefault(Counter.CONVERSATIONS, 0L),
                    c.getOrDefault(Counter.MESSAGES, 0L),
                    c.getOrDefault(Counter.QUESTIONS, 0L),
                    c.getOrDefault(Counter.ANSWERS, 0L),
                    c.getOrDefault(Counter.DECLINED, 0L),
                    c.getOrDefault(Counter.HANDED_OVER, 0L),
                    c.getOrDefault(Counter.CALLBACKS, 0L),
                    ratings));
        }

        List<AnalyticsReport.ProcedureCount> procedures = new ArrayList<>();
        List<AnalyticsReport.AspectCount> aspects = new ArrayList<>();
        List<AnalyticsReport.IntentCount> intents = new ArrayList<>();
        totals.forEach((name, n) -> {
            if (n <= 0) {
                return;
            }
            if (name.startsWith(Counter.PROCEDURE_PREFIX)) {
                String code = name.substring(Counter.PROCEDURE_PREFIX.length());
                procedures.add(new AnalyticsReport.ProcedureCount(code, "", n));
            } else if (name.startsWith(Counter.INTENT_PREFIX)) {
                intent(name.substring(Counter.INTENT_PREFIX.length()))
                        .ifPresent(i -> intents.add(new AnalyticsReport.IntentCount(i, n)));
            } else if (name.startsWith(Counter.ASPECT_PREFIX)) {
                aspect(name.substring(Counter.ASPECT_PREFIX.length()))
                        .ifPresent(a -> aspects.add(new AnalyticsReport.AspectCount(a, n)));
            }
        });
        procedures.sort(Comparator.comparingLong(AnalyticsReport.ProcedureCount::answers)
                .reversed()
                .thenComparing(AnalyticsReport.ProcedureCount::code));
        List<AnalyticsReport.ProcedureCount> top = procedures.stream()
                .limit(TOP_PROCEDURES)
                .map(p -> new AnalyticsReport.ProcedureCount(p.code(), name(p.code()), p.answers()))
                .toList();
        aspects.sort(Comparator.comparingLong(AnalyticsReport.AspectCount::questions)
                .reversed()
                .thenComparing(AnalyticsReport.AspectCount::aspect));
        intents.sort(Comparator.comparingLong(AnalyticsReport.IntentCount::messages)
                .reversed()
                .thenComparing(AnalyticsReport.IntentCount::intent));

        List<Long> ratings = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            ratings.add(Math.max(0, totals.getOrDefault(Counter.rating(score), 0L)));
        }

        return new AnalyticsReport(
                query,
                get(totals, Counter.CONVERSATIONS),
                get(totals, Counter.MESSAGES),
                get(totals, Counter.QUESTIONS),
                get(totals, Counter.ANSWERS),
                get(totals, Counter.DECLINED),
                get(totals, Counter.CLARIFICATIONS),
                get(totals, Counter.CLARIFIED),
                get(totals, Counter.ASKED_FOR_PERSON),
                get(totals, Counter.HANDED_OVER),
                get(totals, Counter.CALLBACKS),
                get(totals, Counter.WITH_PERSON),
                get(totals, Counter.HANDOFFS),
                get(totals, Counter.TICKETS),
                ratings,
                waits,
                top,
                aspects,
                intents,
                days);
    }

    private String name(String code) {
        String name = procedureName.apply(code);
        return name == null ? "" : name;
    }

    private static long get(Map<String, Long> totals, String name) {
        return Math.max(0, totals.getOrDefault(name, 0L));
    }

    private static Optional<Intent> intent(String name) {
        try {
            return Optional.of(Intent.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Aspect> aspect(String name) {
        try {
            return Optional.of(Aspect.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
