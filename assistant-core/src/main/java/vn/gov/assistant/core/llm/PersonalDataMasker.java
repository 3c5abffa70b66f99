package vn.gov.assistant.core.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a citizen's personal data in text that is about to leave the process (the prompt of a
 * remote language model): e-mail addresses, passport numbers, the 12-digit citizen identity number
 * (CCCD, also the personal identification number), the 9-digit identity card number of old (CMND),
 * phone numbers, and any other run of nine or more digits (a bank account, a tax code).
 *
 * <p>What it must leave alone is as important as what it masks, because the model needs it to
 * rephrase the answer: procedure codes ({@code 1.004194}), amounts ({@code 7.000 đồng}, {@code
 * 100.000.000 đồng}), dates, durations and decision numbers ({@code 144/QĐ-BCA}). Digits are read
 * as groups split by one space, dot or dash; the longest run of whole groups that has the shape of
 * a personal number is masked. When in doubt it masks: a masked amount in a question costs the
 * model one detail, an unmasked identity number leaks. See docs/decisions/0007.
 */
public final class PersonalDataMasker {

    static final String IDENTITY_NUMBER = "[số định danh]";
    static final String PHONE_NUMBER = "[số điện thoại]";
    static final String EMAIL = "[email]";
    static final String PASSPORT = "[hộ chiếu]";
    static final String DIGITS = "[dãy số]";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,}");

    /** Vietnamese passports: one letter and seven digits ("B1234567", "C7654321"). */
    private static final Pattern PASSPORT_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}\\d{7}(?![\\p{L}\\p{N}])");

    /** A phone number with its area or country code in brackets: "(024) 3825 1234", "(+84) 912 345 678". */
    private static final Pattern BRACKETED_PHONE =
            Pattern.compile("\\((\\+?84|0\\d{1,3})\\)\\s?(\\d+(?:[ .\\-]\\d+){0,4})(?![\\p{L}\\p{N}])");

    /** No personal number is written in more groups than this ("+84 91 234 56 78" has five). */
    private static final int MAX_GROUPS = 6;

    /** Words after a number that make it an amount or a share, never a personal number. */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "\\s*(?:đồng|đ|vnđ|vnd|usd|nghìn|ngàn|triệu|tỷ|tỉ|%|phần trăm)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PersonalDataMasker() {}

    /**
     * Returns {@code text} with personal data replaced by bracketed Vietnamese placeholders such as
     * {@code [số định danh]}; {@code null} gives {@code null}.
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL_ADDRESS.matcher(text).replaceAll(EMAIL);
        masked = PASSPORT_NUMBER.matcher(masked).replaceAll(PASSPORT);
        masked = BRACKETED_PHONE.matcher(masked).replaceAll(PersonalDataMasker::bracketedPhone);
        return maskNumbers(masked);
    }

    private static String bracketedPhone(MatchResult match) {
        String prefix = match.group(1);
        String number = match.group(2).replaceAll("\\D", "");
        boolean phone = prefix.endsWith("84")
                ? isPhoneAfterCountryCode(number)
                : isNationalPhone(prefix + number) && number.charAt(0) != '0';
        return phone ? PHONE_NUMBER : Matcher.quoteReplacement(match.group());
    }

    /**
     * Finds spans of digit groups joined by single separators (an optional '+' before them) by hand:
     * a regular expression with an unbounded repeated group recurses once per group and overflows the
     * stack on a long enough run of numbers.
     */
    private static String maskNumbers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int at = 0;
        while (at < text.length()) {
            if (!isDigit(text, at)) {
                at++;
                continue;
            }
            int runEnd = runEnd(text, at);
            if (at > 0 && Character.isLetterOrDigit(text.codePointBefore(at))) {
                at = runEnd; // inside a word or code ("CT01", "B1"): not a number of its own
                continue;
            }
            int start = internationalPrefixStart(text, at);
            List<int[]> groups = new ArrayList<>();
            groups.add(new int[] {at, runEnd});
            while (runEnd + 1 < text.length() && isSeparator(text.charAt(runEnd)) && isDigit(text, runEnd + 1)) {
                int next = runEnd + 1;
                runEnd = runEnd(text, next);
                groups.add(new int[] {next, runEnd});
            }
            out.append(text, copied, start);
            maskSpan(text, start, runEnd, groups, out);
            copied = runEnd;
            at = runEnd;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where a span whose first digit is at {@code at} starts: at its '+' ("+84", "+ 84") if it has one. */
    private static int internationalPrefixStart(String text, int at) {
        int plus = at - 1;
        if (plus >= 1 && text.charAt(plus) == ' ') {
            plus--;
        }
        if (plus < 0 || text.charAt(plus) != '+') {
            return at;
        }
        return plus > 0 && Character.isLetterOrDigit(text.codePointBefore(plus)) ? at : plus;
    }

    private static boolean isDigit(String text, int at) {
        char c = text.charAt(at);
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-';
    }

    private static int runEnd(String text, int at) {
        int end = at;
        while (end < text.length() && isDigit(text, end)) {
            end++;
        }
        return end;
    }

    /** Masks, within one span of digit groups, the longest runs of whole groups that are personal. */
    private static void maskSpan(String text, int start, int end, List<int[]> groups, StringBuilder out) {
        boolean international = text.charAt(start) == '+';
        int copied = start;
        int first = 0;
        while (first < groups.size()) {
            int maskedUpTo = -1;
            int longest = Math.min(groups.size(), first + MAX_GROUPS) - 1;
            for (int last = longest; last >= first && maskedUpTo < 0; last--) {
                String placeholder = classify(text, groups.subList(first, last + 1), international && first == 0);
                if (placeholder != null) {
                    int from = first == 0 ? start : groups.get(first)[0];
                    out.append(text, copied, from).append(placeholder);
                    copied = groups.get(last)[1];
                    maskedUpTo = last;
                }
            }
            first = maskedUpTo >= 0 ? maskedUpTo + 1 : first + 1;
        }
        out.append(text, copied, end);
    }

    /** The placeholder for this run of groups, or {@code null} when it is no personal number. */
    private static String classify(String text, List<int[]> groups, boolean international) {
        StringBuilder digits = new StringBuilder();
        for (int[] group : groups) {
            digits.append(text, group[0], group[1]);
        }
        if (international) {
            // "+1 202 555 0100", "+33 1 42 68 53 00": any grouping, up to the 15 digits of E.164
            return digits.length() >= 8 && digits.length() <= 15 ? PHONE_NUMBER : null;
        }
        if (digits.length() < 9) {
            return null; // every personal number has at least nine digits
        }
        boolean countryCode = digits.indexOf("84") == 0 && digits.length() > 9;
        for (int i = 1; i < groups.size(); i++) {
            int[] group = groups.get(i);
            boolean afterCountryCode = i == 1 && countryCode && groups.get(0)[1] - groups.get(0)[0] == 2;
            if (group[1] - group[0] < 3 && !afterCountryCode) {
                // "01.02.2024", "15 10": phone and identity numbers are written in groups of 3+
                return null;
            }
        }
        int runEnd = groups.get(groups.size() - 1)[1];
        if (UNIT_AFTER.matcher(text).region(runEnd, text.length()).lookingAt() || isDottedAmount(text, groups)) {
            return null;
        }
        int length = digits.length();
        boolean grouped = groups.size() > 1;
        if (countryCode && isPhoneAfterCountryCode(digits.substring(2))
                || digits.charAt(0) == '0' && digits.charAt(1) != '0' && isNationalPhone(digits)) {
            return PHONE_NUMBER;
        }
        if (length == 12 && (!grouped || digits.charAt(0) == '0') || length == 9) {
            return IDENTITY_NUMBER;
        }
        if (!grouped && length >= 9) {
            return DIGITS;
        }
        return null;
    }

    /** "100.000.000": the dot is the Vietnamese thousands separator, and amounts end in 000. */
    private static boolean isDottedAmount(String text, List<int[]> groups) {
        if (groups.size() < 2) {
            return false;
        }
        for (int i = 1; i < groups.size(); i++) {
            if (text.charAt(groups.get(i)[0] - 1) != '.') {
                return false;
            }
        }
        int[] last = groups.get(groups.size() - 1);
        return text.substring(last[0], last[1]).equals("000");
    }

    /** Mobile numbers have ten digits (0 + nine), landlines eleven (02 + area + subscriber). */
    private static boolean isNationalPhone(CharSequence digits) {
        return digits.length() == 10 || digits.length() == 11 && digits.charAt(1) == '2';
    }

    private static boolean isPhoneAfterCountryCode(String rest) {
        String national = rest.startsWith("0") ? rest.substring(1) : rest;
        return !national.isEmpty()
                && national.charAt(0) != '0'
                && (national.length() == 9 || national.length() == 10 && national.charAt(0) == '2');
    }
}
