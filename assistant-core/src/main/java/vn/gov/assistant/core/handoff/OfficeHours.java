package vn.gov.assistant.core.handoff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When staff answer: opening intervals per weekday, holidays (no hours at all), in a time zone.
 * Configured as text, e.g. {@code MON-FRI 07:30-11:30,13:30-17:00; SAT 07:30-11:30}.
 */
public final class OfficeHours {

    private final Map<DayOfWeek, List<Interval>> week;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    /** An opening interval within a day, start inclusive, end exclusive. */
    public record Interval(LocalTime start, LocalTime end) {
        public Interval {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("an interval must end after it starts: " + start + "-" + end);
            }
        }
    }

    public OfficeHours(Map<DayOfWeek, List<Interval>> week, Set<LocalDate> holidays, ZoneId zone) {
        EnumMap<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> copy.put(day, List.copyOf(intervals)));
        this.week = copy;
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    /** Always open: for tests and for a service staffed around the clock. */
    public static OfficeHours always(ZoneId zone) {
        EnumMap<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, List.of(new Interval(LocalTime.MIN, LocalTime.MAX)));
        }
        return new OfficeHours(week, Set.of(), zone);
    }

    /**
     * Parses {@code DAYS HH:MM-HH:MM[,HH:MM-HH:MM...]} groups separated by {@code ;}, days as
     * {@code MON}, {@code MON-FRI} or {@code MON,WED}; holidays as ISO dates.
     *
     * @throws IllegalArgumentException naming the part that could not be read
     */
    public static OfficeHours parse(String spec, List<String> holidayDates, ZoneId zone) {
        EnumMap<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
        for (String group : spec.split(";")) {
            String g = group.strip();
            if (g.isEmpty()) {
                continue;
            }
            String[] dayAndHours = g.split("\\s+", 2);
            if (dayAndHours.length != 2) {
                throw new IllegalArgumentException("office hours: expected 'DAYS HH:MM-HH:MM', got '" + g + "'");
            }
            List<Interval> intervals = new ArrayList<>();
            for (String range : dayAndHours[1].split(",")) {
                String[] ends = range.strip().split("-");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("office hours: bad interval '" + range.strip() + "'");
                }
                try {
                    intervals.add(new Interval(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("office hours: bad time in '" + range.strip() + "'", e);
                }
            }
            for (DayOfWeek day : days(dayAndHours[0])) {
                week.computeIfAbsent(day, d -> new ArrayList<>()).addAll(intervals);
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        for (String h : holidayDates) {
            if (!h.isBlank()) {
                try {
                    holidays.add(LocalDate.parse(h.strip()));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("holiday: bad date '" + h.strip() + "'", e);
                }
            }
        }
        return new OfficeHours(week, Set.copyOf(holidays), zone);
    }

    private static List<DayOfWeek> days(String spec) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        return switch (name.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "MON" -> DayOfWeek.MONDAY;
            case "TUE" -> DayOfWeek.TUESDAY;
            case "WED" -> DayOfWeek.WEDNESDAY;
            case "THU" -> DayOfWeek.THURSDAY;
            case "FRI" -> DayOfWeek.FRIDAY;
            case "SAT" -> DayOfWeek.SATURDAY;
            case "SUN" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("office hours: unknown day '" + name.strip() + "'");
        };
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        if (holidays.contains(t.toLocalDate())) {
            return false;
        }
        LocalTime time = t.toLocalTime();
        for (Interval i : week.getOrDefault(t.getDayOfWeek(), List.of())) {
            if (!time.isBefore(i.start()) && (time.isBefore(i.end()) || i.end().equals(LocalTime.MAX))) {
                return true;
            }
        }
        return false;
    }

    /** When staff are next at work after {@code instant} (within two weeks); empty if never. */
    public Optional<ZonedDateTime> nextOpening(Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        for (int d = 0; d < 15; d++) {
            LocalDate date = t.toLocalDate().plusDays(d);
            if (holidays.contains(date)) {
                continue;
            }
            for (Interval i : week.getOrDefault(date.getDayOfWeek(), List.of())) {
                ZonedDateTime start = date.atTime(i.start()).atZone(zone);
                if (start.isAfter(t)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /** The hours as a citizen reads them, e.g. "Thứ Hai–Thứ Sáu 07:30–11:30, 13:30–17:00". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Interval> intervals = week.getOrDefault(d, List.of());
            if (intervals.isEmpty()) {
                continue;
            }
            List<String> ranges = new ArrayList<>();
            for (Interval i : intervals) {
                ranges.add(i.start() + "–"
                        + (i.end().equals(LocalTime.MAX) ? "24:00" : i.end().toString()));
            }
            parts.add(vietnamese(d) + " " + String.join(", ", ranges));
        }
        return String.join("; ", parts);
    }

    static String vietnamese(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ Nhật";
        };
    }

    public ZoneId zone() {
        return zone;
    }
}
