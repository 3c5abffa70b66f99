package vn.gov.assistant.core.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Staff's answer to a frequent question that is not about one procedure (opening days of the
 * one-stop shop, how to pay online): the questions it answers, its title and text.
 */
public record CannedAnswer(String id, String title, List<String> questions, String answer) {

    public CannedAnswer {
        id = Objects.requireNonNull(id, "id").strip();
        title = Objects.requireNonNull(title, "title").strip();
        questions = List.copyOf(questions == null ? List.of() : questions);
        answer = Objects.requireNonNull(answer, "answer").strip();
    }
}
