package vn.gov.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;

/**
 * Multi-turn conversations written as data ({@code conversations.json}): each turn says a text,
 * chooses an option or sends an event, and states what the reply must be (intent, codes cited,
 * aspect, declined, hand-off, options offered, text it contains, citation). One dynamic test per
 * conversation, all on the engine as the service builds it over the bundled catalog.
 */
class ConversationScenariosTest {

    private static ConversationEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = TestEngines.bundled(
                new InMemoryConversationStore(1_000, Duration.ofHours(1), Clock.systemUTC()),
                ConversationEngine.Settings.DEFAULT);
    }

    @TestFactory
    Stream<DynamicTest> conversations() throws IOException {
        JsonNode all;
        try (InputStream in = getClass().getResourceAsStream("/conversations.json")) {
            all = JsonMapper.builder().build().readTree(in);
        }
        assertThat(all.size()).as("conversations written").isGreaterThanOrEqualTo(20);
        List<DynamicTest> tests = new ArrayList<>();
        int number = 0;
        for (JsonNode conversation : all) {
            String id = "scenario-" + (++number);
            tests.add(DynamicTest.dynamicTest(conversation.get("name").asString(), () -> run(id, conversation)));
        }
        return tests.stream();
    }

    private static void run(String id, JsonNode conversation) {
        int turnNumber = 0;
        for (JsonNode turn : conversation.get("turns")) {
            turnNumber++;
            Inbound inbound;
            if (turn.has("say")) {
                inbound = new Inbound.Text(turn.get("say").asString());
            } else if (turn.has("choose")) {
                inbound = new Inbound.OptionChosen(turn.get("choose").asString());
            } else {
                inbound = new Inbound.Event(
                        Inbound.EventType.valueOf(turn.get("event").asString()));
            }
            Reply reply = engine.handle(id, inbound);
            check("turn " + turnNumber + " (" + inbound + ")", reply, turn.get("expect"));
        }
    }

    private static void check(String where, Reply reply, JsonNode expect) {
        String context = where + " got " + reply.metadata() + "\n" + reply.text();
        if (expect.has("intent")) {
            assertThat(reply.metadata().intent().name())
                    .as(context)
                    .isEqualTo(expect.get("intent").asString());
        }
        if (expect.has("cites")) {
            assertThat(reply.metadata().cited()).as(context).containsExactlyElementsOf(strings(expect.get("cites")));
        }
        if (expect.has("citesOneOf")) {
            assertThat(reply.metadata().cited()).as(context).hasSize(1);
            assertThat(strings(expect.get("citesOneOf")))
                    .as(context)
                    .contains(reply.metadata().cited().getFirst());
        }
        if (expect.has("aspect")) {
            assertThat(reply.metadata().aspect().name())
                    .as(context)
                    .isEqualTo(expect.get("aspect").asString());
        }
        if (expect.has("declined")) {
            assertThat(reply.metadata().declined())
                    .as(context)
                    .isEqualTo(expect.get("declined").asBoolean());
        }
        if (expect.has("handoff")) {
            assertThat(reply.metadata().handoff())
                    .as(context)
                    .isEqualTo(expect.get("handoff").asBoolean());
        }
        if (expect.has("options")) {
            assertThat(reply.options().stream().map(Option::value).toList())
                    .as(context)
                    .containsAll(strings(expect.get("options")));
        }
        if (expect.has("contains")) {
            for (String text : strings(expect.get("contains"))) {
                assertThat(reply.text()).as(context).contains(text);
            }
        }
        if (expect.has("citation")) {
            assertThat(reply.citations()).as(context).isNotEmpty();
            ReplyPart.Citation citation = reply.citations().getFirst();
            assertThat(citation.code())
                    .as(context)
                    .isEqualTo(expect.get("citation").asString());
            assertThat(citation.url()).as(context).startsWith("https://");
            assertThat(citation.catalogDate()).as(context).matches("\\d{2}/\\d{2}/\\d{4}");
        }
        if (!reply.metadata().cited().isEmpty()) {
            // every answer about a procedure cites it
            assertThat(reply.citations().stream().map(ReplyPart.Citation::code))
                    .as(context)
                    .contains(reply.metadata().cited().getFirst());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
