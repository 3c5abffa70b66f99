package vn.gov.assistant.core.intent;

import java.util.Objects;

/** An intent and the classifier's probability for it. */
public record IntentPrediction(Intent intent, double probability) {

    public IntentPrediction {
        Objects.requireNonNull(intent, "intent");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
    }
}
