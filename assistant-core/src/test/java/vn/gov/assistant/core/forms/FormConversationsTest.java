package vn.gov.assistant.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.conversation.TestEngines;
import vn.gov.assistant.core.forms.validate.Validators;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.state.InMemoryExpiringStore;

/**
 * Declarations filled end to end, written as data ({@code form-conversations.json}): each turn is
 * a text said ({@code say}), an option pressed ({@code press}: its value, or {@code "#n"} for the
 * n-th option shown, from 1) or a restart of the service ({@code restart}: a new engine and a new
 * in-process conversation store; the form drafts, remembered data and filled forms are kept, as
 * Redis keeps them), with what the reply must hold: {@code contains}, {@code notContains},
 * {@code options} (values), {@code noOption} (values absent), {@code link} (a filled
 * declaration was handed over) and {@code filled} (answers the filled declaration holds).
 */
class FormConversationsTest {

    private final ExpiringStore<FormProgress> drafts = new InMemoryExpiringStore<>(1_000, Clock.systemUTC());
    private final ExpiringStore<Remembered> memory = new InMemoryExpiringStore<>(1_000, Clock.systemUTC());
    private final ExpiringStore<FilledForm> filled = new InMemoryExpiringStore<>(1_000, Clock.systemUTC());

    private FormFiller filler;
    private ConversationEngine engine;

    private void startService() {
        filler = new FormFiller(
                FormCatalog.bundled(),
                new Validators(),
                TestEngines.catalog(),
                drafts,
                memory,
                filled,
                new FormFiller.Settings(
                        Duration.ofDays(7),
                        Duration.ofDays(30),
                        Duration.ofHours(24),
                        "https://dichvucong.example.vn",
                        ZoneId.of("Asia/Ho_Chi_Minh")),
                Clock.systemUTC());
        engine = TestEngines.withForms(
                new InMemoryConversationStore(1_000, Duration.ofHours(1), Clock.systemUTC()),
                filler,
                Clock.systemUTC());
    }

    @TestFactory
    Stream<DynamicTest> conversations() throws IOException {
        JsonNode all;
        try (InputStream in = getClass().getResourceAsStream("/form-conversations.json")) {
            all = JsonMapper.builder().build().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        int number = 0;
        for (JsonNode conversation : all) {
            String id = "web-form-" + (++number);
            tests.add(DynamicTest.dynamicTest(conversation.get("name").asString(), () -> run(id, conversation)));
        }
        return tests.stream();
    }

    private void run(String id, JsonNode conversation) {
        startService();
        Reply last = null;
        int turnNumber = 0;
        for (JsonNode turn : conversation.get("turns")) {
            turnNumber++;
            if (turn.has("restart")) {
                startService();
                continue;
            }
            Inbound inbound;
            if (turn.has("say")) {
                inbound = new Inbound.Text(turn.get("say").asString());
            } else {
                String press = turn.get("press").asString();
                if (press.startsWith("#")) {
                    List<Option> shown = last == null ? List.of() : last.options();
                    int n = Integer.parseInt(press.substring(1));
                    assertThat(shown)
                            .as("turn " + turnNumber + ": option " + n + " shown")
                            .hasSizeGreaterThanOrEqualTo(n);
                    press = shown.get(n - 1).value();
                }
                inbound = new Inbound.OptionChosen(press);
            }
            last = engine.handle(id, inbound);
            if (turn.has("expect")) {
                check("turn " + turnNumber + " (" + inbound + ")", last, turn.get("expect"));
            }
        }
    }

    private void check(String where, Reply reply, JsonNode expect) {
        String context = where + " -> " + reply.text() + " " + reply.options();
        String all = allText(reply);
        for (JsonNode t : expect.path("contains")) {
            assertThat(all).as(context).contains(t.asString());
        }
        for (JsonNode t : expect.path("notContains")) {
            assertThat(all).as(context).doesNotContain(t.asString());
        }
        List<String> values = reply.options().stream().map(Option::value).toList();
        for (JsonNode v : expect.path("options")) {
            assertThat(values).as(context).contains(v.asString());
        }
        for (JsonNode v : expect.path("noOption")) {
            assertThat(values).as(context).doesNotContain(v.asString());
        }
        if (expect.path("link").asBoolean(false) || expect.has("filled")) {
            String url = reply.parts().stream()
                    .filter(ReplyPart.Link.class::isInstance)
                    .map(p -> ((ReplyPart.Link) p).url())
                    .filter(u -> u.endsWith(".pdf"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(context + ": no link to the filled declaration"));
            String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".pdf".length());
            FilledForm form = filler.filled(token).orElseThrow();
            for (Map.Entry<String, JsonNode> e : expect.path("filled").properties()) {
                assertThat(form.values())
                        .as(context)
                        .containsEntry(e.getKey(), e.getValue().asString());
            }
        }
    }

    private static String allText(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (ReplyPart p : reply.parts()) {
            switch (p) {
                case ReplyPart.Text t -> out.append(t.text()).append('\n');
                case ReplyPart.Link l -> out.append(l.label())
                        .append(' ')
                        .append(l.url())
                        .append('\n');
                case ReplyPart.Options o -> o.options()
                        .forEach(x -> out.append(x.label()).append('\n'));
                default -> {}
            }
        }
        return out.toString();
    }
}
