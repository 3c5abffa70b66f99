package vn.gov.assistant.core.servicepoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;
import vn.gov.assistant.core.forms.validate.Checked;
import vn.gov.assistant.core.forms.validate.Places;
import vn.gov.assistant.core.forms.validate.Validators;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * A service point as staff typed it, checked before it is published: name, address and opening
 * hours required; a Vietnamese telephone or hotline; each area a commune with its province in the
 * two-tier administration of 1 July 2025 (read by the declarations' place validator: "phuong ba
 * dinh, ha noi" is "Phường ba dinh, Thành phố Hà Nội", an old province becomes its new one) or a
 * whole province; domains of the catalog; levels other than the district, which no longer exists.
 *
 * @param communes the areas, one a line
 */
public record ServicePointDraft(
        String name,
        String address,
        String openingHours,
        String phone,
        String communes,
        List<String> domains,
        List<Level> levels) {

    public static final int MAX_NAME = 150;
    public static final int MAX_TEXT = 300;
    public static final int MAX_AREAS = 500;

    private static final FormField COMMUNE = new FormField(
            "xa-phuong", "Xã/phường", null, null, FieldType.PLACE, true, List.of(), MAX_TEXT, false, null);
    private static final Validators VALIDATORS = new Validators();

    public ServicePointDraft {
        name = clean(name);
        address = clean(address);
        openingHours = clean(openingHours);
        phone = clean(phone);
        communes = communes == null ? "" : communes.strip();
        domains = domains == null ? List.of() : List.copyOf(domains);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The form of a point being edited. */
    public static ServicePointDraft of(ServicePoint p) {
        return new ServicePointDraft(
                p.name(),
                p.address(),
                p.openingHours(),
                p.phone().isEmpty() ? "" : PhoneNumbers.display(p.phone()),
                String.join("\n", p.communes()),
                p.domains(),
                p.levels());
    }

    public static ServicePointDraft empty() {
        return new ServicePointDraft("", "", "", "", "", List.of(), List.of());
    }

    /**
     * What became of the draft: the point to publish, or the messages for staff by field
     * ({@code name}, {@code address}, {@code openingHours}, {@code phone}, {@code communes},
     * {@code domains}, {@code levels}); and notes on what was read differently from how it was
     * typed (an old province name, a district left out).
     */
    public record Outcome(Optional<ServicePoint> point, Map<String, String> errors, List<String> notes) {
        public Outcome {
            errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
            notes = List.copyOf(notes);
        }

        public boolean valid() {
            return point.isPresent();
        }
    }

    /**
     * Checks the draft as point {@code id}.
     *
     * @param catalogDomains the domains of the served catalog, the only ones a point may name
     * @param known the areas other points serve: a commune typed without diacritics takes their
     *     spelling
     */
    public Outcome check(String id, Collection<String> catalogDomains, List<ServiceArea> known) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        required(errors, "name", name, "Nhập tên điểm tiếp nhận.", MAX_NAME);
        required(errors, "address", address, "Nhập địa chỉ.", MAX_TEXT);
        required(
                errors,
                "openingHours",
                openingHours,
                "Nhập giờ làm việc (ví dụ: Thứ Hai đến Thứ Sáu, 7:30-11:30 và 13:30-17:00).",
                MAX_TEXT);
        Checked phoneChecked = PhoneNumbers.check(phone);
        if (!phoneChecked.valid()) {
            errors.put("phone", phoneChecked.message());
        }

        Set<String> areas = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        List<String> wrong = new ArrayList<>();
        String[] lines = communes.isEmpty() ? new String[0] : communes.split("\\R");
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Checked area = area(line, known);
            if (!area.valid()) {
                wrong.add("Dòng " + number + " (" + clip(line.strip()) + "): " + area.message());
                continue;
            }
            if (!area.message().isEmpty()) {
                notes.add(clip(line.strip()) + ": " + area.message());
            }
            if (seen.add(VietnameseText.foldedWords(area.value()))) {
                areas.add(area.value());
            }
        }
        if (!wrong.isEmpty()) {
            errors.put("communes", String.join("\n", wrong));
        } else if (areas.size() > MAX_AREAS) {
            errors.put(
                    "communes", "Nhiều quá " + MAX_AREAS + " xã/phường; nếu điểm phục vụ cả tỉnh, chỉ ghi tên tỉnh.");
        }

        Map<String, String> byFolded = new LinkedHashMap<>();
        catalogDomains.forEach(d -> byFolded.put(VietnameseText.foldedWords(d), d));
        Set<String> chosen = new LinkedHashSet<>();
        for (String d : domains) {
            String match = byFolded.get(VietnameseText.foldedWords(d));
            if (match == null) {
                errors.put("domains", "Lĩnh vực không có trong danh mục: " + clip(d) + ".");
            } else {
                chosen.add(match);
            }
        }
        if (levels.contains(Level.DISTRICT)) {
            errors.put("levels", "Từ 01/7/2025 không còn cấp huyện; hãy chọn cấp tỉnh hoặc cấp xã.");
        }
        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), errors, notes);
        }
        ServicePoint point = new ServicePoint(
                id,
                name,
                address,
                openingHours,
                phoneChecked.value(),
                List.copyOf(areas),
                List.copyOf(chosen),
                levels.stream().distinct().sorted().toList());
        return new Outcome(Optional.of(point), errors, notes);
    }

    /**
     * One area as staff typed it: a whole province ("Hà Nội", "tỉnh Hà Giang": now Tuyên Quang),
     * or a commune with its province, stored as "Phường Ba Đình, Thành phố Hà Nội"; a commune
     * another point already serves keeps that point's spelling when typed without diacritics.
     * Invalid, with the reason, when the province is unknown, the commune or its kind word is
     * missing, or finer detail (village, street) is given.
     */
    public static Checked area(String line, List<ServiceArea> known) {
        String typed = clean(line);
        if (typed.isEmpty()) {
            return Checked.invalid("Dòng trống.");
        }
        Optional<Places.Province> whole = province(typed);
        if (whole.isPresent()) {
            String display = whole.get().displayName();
            boolean renamed = !VietnameseText.foldedWords(typed)
                    .endsWith(VietnameseText.foldedWords(whole.get().name()));
            return Checked.ok(display, renamed ? "từ 01/7/2025 thuộc " + display + "; đã ghi cả tỉnh/thành phố." : "");
        }
        Checked place = VALIDATORS.check(COMMUNE, typed, LocalDate.EPOCH);
        if (!place.valid()) {
            return place;
        }
        if (place.value().split(",").length > 2) {
            return Checked.invalid("Chỉ ghi xã/phường và tỉnh/thành phố, không ghi thôn, tổ, đường phố hay số nhà.");
        }
        ServiceArea area = ServiceArea.of(place.value());
        String note = place.message();
        if (!VietnameseText.hasDiacritics(area.commune().replaceFirst("^(Xã|Phường|Đặc khu) ", ""))) {
            Optional<ServiceArea> spelled = known.stream()
                    .filter(k -> !k.wholeProvince()
                            && k.foldedName().equals(area.foldedName())
                            && k.foldedProvince().equals(area.foldedProvince()))
                    .findFirst();
            if (spelled.isPresent()) {
                return Checked.ok(spelled.get().display(), note);
            }
            note = (note.isEmpty() ? "" : note + " ") + "Tên xã/phường không có dấu: hãy kiểm tra lại cách viết.";
        }
        return Checked.ok(area.display(), note);
    }

    /** A whole province, with or without its kind word; empty when the line names more. */
    private static Optional<Places.Province> province(String typed) {
        String folded = VietnameseText.foldedWords(typed);
        for (String kind : List.of("thanh pho ", "tinh ", "tp ")) {
            if (folded.startsWith(kind)) {
                String rest = typed.strip().substring(typed.strip().indexOf(' ') + 1);
                if (kind.equals("thanh pho ")) {
                    rest = rest.substring(rest.indexOf(' ') + 1);
                }
                return Places.byName(rest);
            }
        }
        return Places.byName(typed);
    }

    /**
     * A short id for a new point, from its name ("UBND phường Ba Đình" gives
     * "ubnd-phuong-ba-dinh"), with a number when taken.
     */
    public static String idFor(String name, Set<String> taken) {
        String slug = VietnameseText.foldedWords(name).replace(' ', '-');
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        if (slug.isEmpty()) {
            slug = "diem";
        }
        String id = slug;
        for (int n = 2; taken.contains(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    private static void required(Map<String, String> errors, String field, String value, String missing, int max) {
        if (value.isEmpty()) {
            errors.put(field, missing);
        } else if (value.length() > max) {
            errors.put(field, "Dài quá " + max + " ký tự.");
        }
    }

    /** NFC, control characters and runs of spaces made one space. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        return nfc.replaceAll("[\\p{Cc}\\p{Z}]+", " ").strip();
    }

    private static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
