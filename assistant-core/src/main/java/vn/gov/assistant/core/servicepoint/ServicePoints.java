package vn.gov.assistant.core.servicepoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gov.assistant.core.forms.validate.Places;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * The service points staff published, as the bot answers "nộp ở đâu" from them: which points
 * handle a procedure, which of them serve the citizen's commune, and which commune a citizen's
 * message names. Immutable and thread-safe: one per knowledge snapshot.
 *
 * <p>Communes are recognised among those some point serves (the project holds no list of all
 * 3,321 communes), with or without diacritics; diacritics the citizen did type must agree ("Ba
 * Đình" is not "Bà Đính"). A name of one word counts only after its kind word ("phường Hạ"), a
 * longer one also alone ("ở Ba Đình"). A commune of the same name in several provinces is told
 * apart by the province the message names, if it names one.
 */
public final class ServicePoints {

    /** No service point: answers stay as the catalog gives them. */
    public static final ServicePoints NONE = new ServicePoints(List.of());

    /** The most points one answer lists. */
    static final int LISTED = 3;

    /** The most areas listed under one point. */
    private static final int AREAS_SHOWN = 5;

    /** Words around a place in a reply that only gives the place ("tôi ở phường Ba Đình ạ", "thế còn Ba Đình thì sao"). */
    private static final Set<String> FILLER = Set.of(
            "toi", "minh", "em", "anh", "chi", "con", "chau", "nha", "o", "tai", "song", "dang", "thuoc", "cua", "la",
            "thi", "hien", "gio", "ben", "cu", "tru", "a", "nhe", "ha", "ak", "ah", "vay", "day", "oi", "ban", "the",
            "sao", "neu", "voi");

    private record Entry(ServicePoint point, List<ServiceArea> areas) {}

    /** A commune some point serves: its area and its name (no kind word) in folded and typed words. */
    private record Known(ServiceArea area, List<String> folded, List<String> typed) {}

    /** Where a message names a known commune: its words {@code start} (kind word included) to {@code end}. */
    private record Mention(Place place, int start, int end) {}

    /**
     * A place the citizen named: {@code name} as said back and remembered ("Phường Ba Đình, Thành
     * phố Hà Nội"; "Xã Tân Lập" when the commune is in several provinces), and the areas it may be.
     */
    public record Place(String name, List<ServiceArea> areas) {
        public Place {
            Objects.requireNonNull(name, "name");
            areas = List.copyOf(areas);
        }
    }

    /** What an answer about where to go adds: the text, and whether it asks the citizen's commune. */
    public record Directions(String text, boolean asksPlace) {}

    private final List<Entry> entries;
    private final List<Known> communes;

    private ServicePoints(List<ServicePoint> points) {
        List<Entry> e = new ArrayList<>();
        Map<String, Known> known = new LinkedHashMap<>();
        for (ServicePoint p : points) {
            List<ServiceArea> areas = p.communes().stream().map(ServiceArea::of).toList();
            e.add(new Entry(p, areas));
            for (ServiceArea a : areas) {
                if (!a.wholeProvince() && !a.foldedName().isEmpty()) {
                    known.putIfAbsent(a.foldedName() + "|" + a.foldedProvince(), known(a));
                }
            }
        }
        this.entries = List.copyOf(e);
        this.communes = List.copyOf(known.values());
    }

    public static ServicePoints of(List<ServicePoint> points) {
        return points.isEmpty() ? NONE : new ServicePoints(points);
    }

    private static Known known(ServiceArea area) {
        List<String> typed = typedWords(area.commune());
        List<String> folded = words(area.foldedName());
        List<String> name =
                typed.size() >= folded.size() ? typed.subList(typed.size() - folded.size(), typed.size()) : folded;
        return new Known(area, folded, name);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<ServicePoint> all() {
        return entries.stream().map(Entry::point).toList();
    }

    /** Every commune some point serves, as written by staff, in the order first served. */
    public List<ServiceArea> communes() {
        return communes.stream().map(Known::area).toList();
    }

    /** The known commune a message names anywhere in it ("khai sinh ở phường Ba Đình nộp đâu"). */
    public Optional<Place> placeIn(String text) {
        return mention(words(VietnameseText.foldedWords(text)), typedWords(text))
                .map(Mention::place);
    }

    /**
     * The place a message that gives nothing but a place names, as a citizen answers "Bạn ở
     * phường/xã nào?": a known commune ("tôi ở Ba Đình ạ"), a commune no point serves with its
     * kind word ("phường Hoàn Kiếm", "xa Tan Lap, Dak Lak"), or a province ("Hà Nội").
     */
    public Optional<Place> placeOnly(String text) {
        List<String> folded = words(VietnameseText.foldedWords(text));
        List<String> typed = typedWords(text);
        if (folded.isEmpty() || folded.size() > 12) {
            return Optional.empty();
        }
        Optional<Mention> mention = mention(folded, typed);
        if (mention.isPresent()) {
            List<String> rest = new ArrayList<>(folded.subList(0, mention.get().start()));
            rest.addAll(folded.subList(mention.get().end(), folded.size()));
            rest.removeIf(FILLER::contains);
            return rest.isEmpty() || province(rest).isPresent()
                    ? Optional.of(mention.get().place())
                    : Optional.empty();
        }
        Optional<Places.Province> alone = province(folded);
        if (alone.isPresent()) {
            String name = alone.get().displayName();
            return Optional.of(new Place(name, List.of(new ServiceArea("", name))));
        }
        int from = 0;
        while (from < folded.size() && FILLER.contains(folded.get(from)) && kindAt(folded, from) == 0) {
            from++;
        }
        int to = folded.size();
        while (to > from && FILLER.contains(folded.get(to - 1))) {
            to--;
        }
        if (from == to) {
            return Optional.empty();
        }
        alone = province(folded.subList(from, to));
        if (alone.isPresent()) {
            String name = alone.get().displayName();
            return Optional.of(new Place(name, List.of(new ServiceArea("", name))));
        }
        int kind = kindAt(folded, from);
        if (kind == 0) {
            return Optional.empty();
        }
        int nameFrom = from + kind;
        int nameTo = to;
        String province = "";
        // the longest tail that names a province, leaving the commune at least one word
        for (int j = nameFrom + 1; j < to; j++) {
            Optional<Places.Province> p = province(folded.subList(j, to));
            if (p.isPresent()) {
                nameTo = j;
                province = p.get().displayName();
                break;
            }
        }
        if (nameTo - nameFrom > 5) {
            return Optional.empty();
        }
        List<String> name =
                typed.size() == folded.size() ? typed.subList(nameFrom, nameTo) : folded.subList(nameFrom, nameTo);
        ServiceArea area = new ServiceArea(kindWord(folded, from) + " " + ServiceArea.capitalised(name), province);
        return Optional.of(new Place(area.display(), List.of(area)));
    }

    /** The place remembered by its name ({@link Place#name}). */
    public Optional<Place> place(String remembered) {
        if (remembered == null || remembered.isBlank()) {
            return Optional.empty();
        }
        ServiceArea said = ServiceArea.of(remembered);
        List<ServiceArea> areas = said.wholeProvince()
                ? List.of()
                : communes.stream().map(Known::area).filter(a -> a.covers(said)).toList();
        return Optional.of(new Place(remembered.strip(), areas.isEmpty() ? List.of(said) : areas));
    }

    /**
     * What an answer about where to submit {@code p} adds: the points serving the citizen's place
     * when it is known; else the one point, or up to {@value #LISTED}, asking the citizen's commune
     * when it would tell them apart. Empty when no point handles the procedure: the answer is the
     * catalog's alone.
     */
    public Optional<Directions> directions(Procedure p, Optional<Place> place) {
        List<Entry> handling =
                entries.stream().filter(e -> e.point().handles(p)).toList();
        if (handling.isEmpty()) {
            return Optional.empty();
        }
        if (place.isPresent()) {
            Place where = place.get();
            List<Entry> serving = handling.stream()
                    .filter(e -> rank(e, where) < Integer.MAX_VALUE)
                    .sorted(Comparator.comparingInt(e -> rank(e, where)))
                    .toList();
            if (serving.isEmpty()) {
                return Optional.of(new Directions(
                        "Tôi chưa có địa chỉ nơi tiếp nhận hồ sơ thủ tục này cho " + where.name() + ".", false));
            }
            return Optional.of(
                    new Directions("Nơi tiếp nhận hồ sơ cho " + where.name() + ":\n" + list(serving, false), false));
        }
        if (handling.size() == 1) {
            return Optional.of(new Directions("Nơi tiếp nhận hồ sơ:\n" + list(handling, true), false));
        }
        boolean narrows = handling.stream().anyMatch(e -> !e.point().servesEveryone());
        List<Entry> widestFirst = handling.stream()
                .sorted(Comparator.comparingInt(ServicePoints::narrowness))
                .toList();
        if (!narrows) {
            return Optional.of(new Directions("Các nơi tiếp nhận hồ sơ:\n" + list(widestFirst, false), false));
        }
        String example = handling.stream()
                .flatMap(e -> e.areas().stream())
                .filter(a -> !a.wholeProvince())
                .findFirst()
                .map(a -> " (ví dụ: " + lowerKind(a.commune()) + ")")
                .orElse("");
        return Optional.of(new Directions(
                "Nơi nộp hồ sơ tùy theo nơi bạn ở. Các nơi tiếp nhận:\n"
                        + list(widestFirst, true)
                        + "\nBạn ở phường/xã nào? Hãy nhắn tên phường/xã" + example + " để tôi chỉ đúng nơi nộp.",
                true));
    }

    /** How closely a point serves a place: its commune 0, its province 1, everyone 2; MAX_VALUE: not at all. */
    private static int rank(Entry e, Place place) {
        if (e.point().servesEveryone()) {
            return 2;
        }
        int best = Integer.MAX_VALUE;
        for (ServiceArea served : e.areas()) {
            for (ServiceArea a : place.areas()) {
                if (served.covers(a)) {
                    best = Math.min(best, served.wholeProvince() ? 1 : 0);
                }
            }
        }
        return best;
    }

    /** Points serving more people first: everyone, then a province, then communes. */
    private static int narrowness(Entry e) {
        if (e.point().servesEveryone()) {
            return 0;
        }
        return e.areas().stream().anyMatch(ServiceArea::wholeProvince) ? 1 : 2;
    }

    private static String list(List<Entry> points, boolean withAreas) {
        StringBuilder s = new StringBuilder();
        for (Entry e : points.subList(0, Math.min(LISTED, points.size()))) {
            ServicePoint p = e.point();
            s.append("- ").append(p.name()).append('\n');
            if (!p.address().isEmpty()) {
                s.append("  Địa chỉ: ").append(p.address()).append('\n');
            }
            if (!p.openingHours().isEmpty()) {
                s.append("  Giờ làm việc: ").append(p.openingHours()).append('\n');
            }
            if (!p.phone().isEmpty()) {
                s.append("  Điện thoại: ")
                        .append(PhoneNumbers.display(p.phone()))
                        .append('\n');
            }
            if (withAreas && !p.servesEveryone()) {
                List<String> names = p.communes();
                s.append("  Nhận hồ sơ của: ")
                        .append(String.join("; ", names.subList(0, Math.min(AREAS_SHOWN, names.size()))));
                if (names.size() > AREAS_SHOWN) {
                    s.append(" và ").append(names.size() - AREAS_SHOWN).append(" nơi khác");
                }
                s.append('\n');
            }
        }
        if (points.size() > LISTED) {
            s.append("... và ").append(points.size() - LISTED).append(" nơi tiếp nhận khác.\n");
        }
        return s.toString().strip();
    }

    private static String lowerKind(String commune) {
        for (String kind : List.of("Đặc khu", "Phường", "Xã")) {
            if (commune.startsWith(kind + " ")) {
                return kind.toLowerCase(java.util.Locale.ROOT) + commune.substring(kind.length());
            }
        }
        return commune;
    }

    private Optional<Mention> mention(List<String> folded, List<String> typed) {
        boolean aligned = folded.size() == typed.size();
        Known best = null;
        int bestScore = 0;
        int bestStart = 0;
        int bestEnd = 0;
        for (Known k : communes) {
            int n = k.folded().size();
            for (int i = 0; i + n <= folded.size(); i++) {
                if (!folded.subList(i, i + n).equals(k.folded())
                        || (aligned && !marksAgree(typed.subList(i, i + n), k.typed()))) {
                    continue;
                }
                int kind = kindBefore(folded, i);
                if (kind == 0 && n < 2) {
                    continue;
                }
                int score = 2 * n + (kind > 0 ? 1 : 0);
                if (score > bestScore) {
                    best = k;
                    bestScore = score;
                    bestStart = i - kind;
                    bestEnd = i + n;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String name = best.area().foldedName();
        List<ServiceArea> areas = communes.stream()
                .map(Known::area)
                .filter(a -> a.foldedName().equals(name))
                .toList();
        if (areas.size() > 1) {
            List<String> rest = new ArrayList<>(folded.subList(0, bestStart));
            rest.add("|");
            rest.addAll(folded.subList(bestEnd, folded.size()));
            Optional<Places.Province> named = provinceWithin(rest);
            if (named.isPresent()) {
                String province = VietnameseText.foldedWords(named.get().name());
                List<ServiceArea> there = areas.stream()
                        .filter(a -> a.foldedProvince().equals(province))
                        .toList();
                areas = there.isEmpty() ? areas : there;
            }
        }
        String said = areas.size() == 1 ? areas.get(0).display() : areas.get(0).commune();
        return Optional.of(new Mention(new Place(said, areas), bestStart, bestEnd));
    }

    /** Diacritics the citizen typed agree with the name's; words typed without any match any. */
    private static boolean marksAgree(List<String> typed, List<String> name) {
        for (int i = 0; i < typed.size(); i++) {
            if (VietnameseText.hasDiacritics(typed.get(i)) && !typed.get(i).equals(name.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many words before {@code i} are a commune's kind word ("phường", "xã", "đặc khu", "p"). */
    private static int kindBefore(List<String> folded, int i) {
        if (i >= 2 && folded.get(i - 2).equals("dac") && folded.get(i - 1).equals("khu")) {
            return 2;
        }
        if (i >= 1) {
            String w = folded.get(i - 1);
            if (w.equals("phuong") || w.equals("xa") || w.equals("p")) {
                return 1;
            }
        }
        return 0;
    }

    /** How many words at {@code i} are a commune's kind word. */
    private static int kindAt(List<String> folded, int i) {
        if (i + 1 < folded.size()
                && folded.get(i).equals("dac")
                && folded.get(i + 1).equals("khu")) {
            return 2;
        }
        if (i < folded.size()) {
            String w = folded.get(i);
            if (w.equals("phuong") || w.equals("xa") || w.equals("p")) {
                return 1;
            }
        }
        return 0;
    }

    private static String kindWord(List<String> folded, int i) {
        return switch (folded.get(i)) {
            case "dac" -> "Đặc khu";
            case "xa" -> "Xã";
            default -> "Phường";
        };
    }

    /** The province {@code words} name on their own, with or without "tỉnh", "thành phố", "tp". */
    private static Optional<Places.Province> province(List<String> words) {
        List<String> w = words;
        if (!w.isEmpty() && (w.get(0).equals("tinh") || w.get(0).equals("tp"))) {
            w = w.subList(1, w.size());
        } else if (w.size() > 2 && w.get(0).equals("thanh") && w.get(1).equals("pho")) {
            w = w.subList(2, w.size());
        }
        return w.isEmpty() || w.size() > 5 ? Optional.empty() : Places.byName(String.join(" ", w));
    }

    /** A province named by some run of {@code words} ("|" separates runs), the longest first. */
    private static Optional<Places.Province> provinceWithin(List<String> words) {
        for (int n = Math.min(5, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                List<String> run = words.subList(i, i + n);
                if (!run.contains("|")) {
                    Optional<Places.Province> p = Places.byName(String.join(" ", run));
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String folded) {
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static List<String> typedWords(String text) {
        return VietnameseText.syllables(VietnameseText.normalize(text == null ? "" : text));
    }
}
