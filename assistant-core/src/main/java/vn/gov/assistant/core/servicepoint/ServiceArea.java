package vn.gov.assistant.core.servicepoint;

import java.util.List;
import java.util.Locale;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * A place a service point serves, or a citizen lives in: a commune (xã, phường, đặc khu) with its
 * province ("Phường Ba Đình, Thành phố Hà Nội"), a commune whose province is not known
 * ("Phường Ba Đình"), or a whole province ("Thành phố Hà Nội", {@code commune} empty). Compared
 * without diacritics, case or the kind word of the commune: "xa tan lap" is "Phường Tân Lập".
 */
public record ServiceArea(String commune, String province) {

    /** The kind words a commune's name starts with, longest first, folded. */
    static final List<String> KINDS = List.of("dac khu", "phuong", "xa");

    public ServiceArea {
        commune = commune == null ? "" : commune.strip();
        province = province == null ? "" : province.strip();
        if (commune.isEmpty() && province.isEmpty()) {
            throw new IllegalArgumentException("an area needs a commune or a province");
        }
    }

    /** Reads an area as {@link #display} writes it: "commune, province", a commune alone, or a province alone. */
    public static ServiceArea of(String written) {
        String text = written == null ? "" : written.strip();
        int comma = text.lastIndexOf(',');
        if (comma >= 0) {
            return new ServiceArea(text.substring(0, comma), text.substring(comma + 1));
        }
        return isProvince(text) ? new ServiceArea("", text) : new ServiceArea(text, "");
    }

    private static boolean isProvince(String text) {
        String folded = VietnameseText.foldedWords(text);
        return folded.startsWith("tinh ") || folded.startsWith("thanh pho ");
    }

    /** "Phường Ba Đình, Thành phố Hà Nội"; "Thành phố Hà Nội" for a whole province. */
    public String display() {
        if (commune.isEmpty()) {
            return province;
        }
        return province.isEmpty() ? commune : commune + ", " + province;
    }

    public boolean wholeProvince() {
        return commune.isEmpty();
    }

    /** The commune's name without its kind word, folded: "ba dinh"; "" for a whole province. */
    public String foldedName() {
        return withoutKind(VietnameseText.foldedWords(commune));
    }

    /** The province's name without its kind word, folded: "ha noi"; "" when not known. */
    public String foldedProvince() {
        String folded = VietnameseText.foldedWords(province);
        for (String kind : List.of("thanh pho ", "tinh ", "tp ")) {
            if (folded.startsWith(kind)) {
                return folded.substring(kind.length());
            }
        }
        return folded;
    }

    /**
     * Whether a service point serving this area serves the citizen of {@code place}: a whole
     * province serves its communes; a commune serves the place of the same name, unless both say
     * their province and they differ.
     */
    public boolean covers(ServiceArea place) {
        boolean provinceAgrees = province.isEmpty()
                || place.province().isEmpty()
                || foldedProvince().equals(place.foldedProvince());
        if (wholeProvince()) {
            return !place.province().isEmpty() && provinceAgrees;
        }
        return !place.wholeProvince() && foldedName().equals(place.foldedName()) && provinceAgrees;
    }

    static String withoutKind(String folded) {
        for (String kind : KINDS) {
            if (folded.startsWith(kind + " ")) {
                return folded.substring(kind.length() + 1);
            }
        }
        return folded;
    }

    /** A name as written in an address: every word capitalised ("hoàn kiếm" gives "Hoàn Kiếm"). */
    static String capitalised(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return s.toString();
    }
}
