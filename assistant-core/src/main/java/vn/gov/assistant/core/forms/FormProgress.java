package vn.gov.assistant.core.forms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a citizen is in filling a declaration: the form, the answers so far by key ({@code
 * section.field}; an empty string for an optional field skipped), the keys in the order they were
 * answered (for "quay lại"), the key asked now (empty while the summary waits for confirmation),
 * the stage, and when it started. Small and serialisable: it is kept with the conversation, and
 * a paused one in the form drafts, so it survives a restart and moves between instances.
 */
public record FormProgress(
        String formId,
        Map<String, String> values,
        List<String> answered,
        String current,
        Stage stage,
        Instant started) {

    public enum Stage {
        ASKING,
        CONFIRMING,
        PAUSED
    }

    public FormProgress {
        Objects.requireNonNull(formId, "formId");
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        answered = answered == null ? List.of() : List.copyOf(answered);
        current = current == null ? "" : current;
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(started, "started");
    }

    public static FormProgress start(String formId, Instant now) {
        return new FormProgress(formId, Map.of(), List.of(), "", Stage.ASKING, now);
    }

    /** The answer to {@code key} is now {@code value} (empty: skipped). */
    public FormProgress answer(String key, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(key, value);
        List<String> a = new ArrayList<>(answered);
        a.remove(key);
        a.add(key);
        return new FormProgress(formId, v, a, current, stage, started);
    }

    /** Forgets the answer to {@code key} (to ask it again). */
    public FormProgress forget(String key) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.remove(key);
        List<String> a = new ArrayList<>(answered);
        a.remove(key);
        return new FormProgress(formId, v, a, current, stage, started);
    }

    public FormProgress asking(String key) {
        return new FormProgress(formId, values, answered, key, Stage.ASKING, started);
    }

    public FormProgress confirming() {
        return new FormProgress(formId, values, answered, "", Stage.CONFIRMING, started);
    }

    public FormProgress paused() {
        return new FormProgress(formId, values, answered, current, Stage.PAUSED, started);
    }

    /** Keeps only these answers (those whose fields still apply). */
    public FormProgress keeping(java.util.Set<String> keys) {
        Map<String, String> v = new LinkedHashMap<>();
        values.forEach((k, val) -> {
            if (keys.contains(k)) {
                v.put(k, val);
            }
        });
        List<String> a = answered.stream().filter(keys::contains).toList();
        return new FormProgress(formId, v, a, current, stage, started);
    }
}
