package vn.gov.assistant.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * The bundled declarations hold together as data a citizen will be asked from: they belong to
 * procedures that exist, their trigger phrases name them, every question reads as Vietnamese with
 * a help text, conditions point back at answers already given, and a birth date cannot lie in the
 * future. A broken definition is refused with a message naming the file and the problem.
 */
class FormDefinitionsTest {

    private static final FormCatalog FORMS = FormCatalog.bundled();

    /** Labels that are printed in ASCII on the official form. */
    private static final Set<String> ASCII_LABELS = Set.of("Email");

    private static final Set<String> YES_NO = Set.of("có", "không");

    @Test
    void fiveDeclarationsAreBundled() {
        assertThat(FORMS.all())
                .extracting(FormDefinition::id)
                .containsExactlyInAnyOrder("khai-sinh", "ct01", "ket-hon", "xac-nhan-hon-nhan", "ly-lich-tu-phap");
    }

    @Test
    void everyFormNamesItsSourceAndAddressee() {
        for (FormDefinition f : FORMS.all()) {
            assertThat(f.source()).as(f.id() + " source").contains("Thông tư");
            assertThat(f.addressee()).as(f.id() + " addressee").startsWith("Kính gửi:");
            assertThat(nonAscii(f.title())).as(f.id() + " title").isTrue();
        }
    }

    @Test
    void everyProcedureCodeExistsInTheBundledCatalog() {
        Catalog catalog = Catalog.bundled();
        for (FormDefinition f : FORMS.all()) {
            assertThat(f.procedures()).as(f.id() + " procedures").isNotEmpty().doesNotHaveDuplicates();
            for (String code : f.procedures()) {
                assertThat(catalog.find(ProcedureCode.of(code)))
                        .as(f.id() + ": procedure " + code)
                        .isPresent();
            }
        }
    }

    @Test
    void theMainProceduresFindTheirForm() {
        Map<String, String> expected = Map.of(
                "1.001193", "khai-sinh",
                "2.000528", "khai-sinh",
                "1.004222", "ct01",
                "1.004194", "ct01",
                "1.010038", "ct01",
                "1.000894", "ket-hon",
                "1.004873", "xac-nhan-hon-nhan",
                "3.000333", "ly-lich-tu-phap");
        expected.forEach((code, id) -> assertThat(FORMS.forProcedure(code))
                .as(code)
                .extracting(FormDefinition::id)
                .containsExactly(id));
    }

    @Test
    void everyTriggerNamesItsOwnForm() {
        for (FormDefinition f : FORMS.all()) {
            assertThat(f.triggers()).as(f.id() + " triggers").hasSizeGreaterThanOrEqualTo(5);
            for (String trigger : f.triggers()) {
                assertThat(FORMS.named(trigger))
                        .as(trigger)
                        .map(FormDefinition::id)
                        .contains(f.id());
                String sentence = "Cho tôi " + trigger + " với ạ";
                assertThat(FORMS.named(sentence))
                        .as(sentence)
                        .map(FormDefinition::id)
                        .contains(f.id());
                String typed = VietnameseText.fold(trigger).toUpperCase(java.util.Locale.ROOT);
                assertThat(FORMS.named(typed)).as(typed).map(FormDefinition::id).contains(f.id());
            }
        }
    }

    @Test
    void commonRequestsFindTheRightForm() {
        Map<String, String> requests = Map.of(
                "điền giúp tôi tờ khai đăng ký khai sinh cho con", "khai-sinh",
                "mình cần mẫu CT01 để đăng ký thường trú", "ct01",
                "hướng dẫn điền tờ khai kết hôn", "ket-hon",
                "làm tờ khai xác nhận tình trạng hôn nhân để kết hôn", "xac-nhan-hon-nhan",
                "to khai ly lich tu phap dien the nao", "ly-lich-tu-phap");
        requests.forEach((text, id) ->
                assertThat(FORMS.named(text)).as(text).map(FormDefinition::id).contains(id));
        assertThat(FORMS.named("thủ tục đăng ký khai sinh cần giấy tờ gì")).isEmpty();
    }

    @Test
    void everyChoiceOffersAtLeastTwoDistinctOptions() {
        for (FormDefinition f : FORMS.all()) {
            for (FormDefinition.Slot s : f.slots()) {
                if (s.field().type() == FieldType.CHOICE) {
                    assertThat(s.field().options())
                            .as(f.id() + " " + s.key())
                            .hasSizeGreaterThanOrEqualTo(2)
                            .doesNotHaveDuplicates();
                    s.field().options().forEach(o -> assertThat(o).isNotBlank());
                } else {
                    assertThat(s.field().options()).as(f.id() + " " + s.key()).isEmpty();
                }
            }
        }
    }

    @Test
    void everyQuestionIsOneVietnameseQuestionWithAHelpText() {
        for (FormDefinition f : FORMS.all()) {
            for (FormSection section : f.sections()) {
                assertThat(nonAscii(section.title()))
                        .as(f.id() + " section " + section.id())
                        .isTrue();
            }
            for (FormDefinition.Slot s : f.slots()) {
                FormField field = s.field();
                String where = f.id() + " " + s.key();
                if (!ASCII_LABELS.contains(field.label())) {
                    assertThat(nonAscii(field.label()))
                            .as(where + " label: " + field.label())
                            .isTrue();
                }
                assertThat(nonAscii(field.question())).as(where + " question").isTrue();
                assertThat(field.question()).as(where + " question").endsWith("?");
                assertThat(field.question().chars().filter(c -> c == '?').count())
                        .as(where + " asks one question")
                        .isEqualTo(1);
                assertThat(field.question())
                        .as(where + " question is not the bare label")
                        .isNotEqualTo(field.label() + "?");
                assertThat(field.help()).as(where + " help").isNotBlank();
                assertThat(nonAscii(field.help())).as(where + " help").isTrue();
                assertThat(field.help().length()).as(where + " help explains").isGreaterThanOrEqualTo(30);
            }
        }
    }

    @Test
    void freeTextAndPlaceHelpsGiveAnExample() {
        for (FormDefinition f : FORMS.all()) {
            for (FormDefinition.Slot s : f.slots()) {
                FieldType t = s.field().type();
                if (t == FieldType.TEXT || t == FieldType.PLACE || t == FieldType.NAME || t == FieldType.DATE) {
                    assertThat(s.field().help().toLowerCase(java.util.Locale.ROOT))
                            .as(f.id() + " " + s.key() + " help")
                            .contains("ví dụ");
                }
            }
        }
    }

    @Test
    void everyFormAsksABirthDateThatCannotBeInTheFuture() {
        for (FormDefinition f : FORMS.all()) {
            List<FormField> birthDates = f.slots().stream()
                    .map(FormDefinition.Slot::field)
                    .filter(x -> x.type() == FieldType.DATE && x.id().equals("ngay-sinh"))
                    .toList();
            assertThat(birthDates).as(f.id() + " birth date").isNotEmpty();
            birthDates.forEach(d -> assertThat(d.futureAllowed()).as(f.id()).isFalse());
            assertThat(birthDates.stream().anyMatch(d -> d.required()))
                    .as(f.id())
                    .isTrue();
        }
    }

    @Test
    void conditionsPointBackAtAnAnswerThatCanHoldTheirValues() {
        for (FormDefinition f : FORMS.all()) {
            List<String> asked = new ArrayList<>();
            for (FormSection section : f.sections()) {
                checkCondition(f, section.condition(), asked, "section " + section.id());
                for (FormField field : section.fields()) {
                    checkCondition(f, field.condition(), asked, section.key(field));
                    asked.add(section.key(field));
                }
            }
        }
    }

    private static void checkCondition(FormDefinition f, FieldCondition c, List<String> asked, String where) {
        if (c == null) {
            return;
        }
        String context = f.id() + " " + where;
        assertThat(asked).as(context + " depends on an earlier answer").contains(c.field());
        FormField target = f.slot(c.field()).orElseThrow().field();
        switch (target.type()) {
            case YESNO -> assertThat(YES_NO).as(context).containsAll(c.anyOf());
            case CHOICE -> assertThat(target.options()).as(context).containsAll(c.anyOf());
            default -> throw new AssertionError(context + ": condition on a " + target.type() + " field");
        }
    }

    @Test
    void sectionsSharingAGroupAskTheSameFields() {
        assertSameFields(FORMS.get("khai-sinh").orElseThrow(), "me", "cha");
        assertSameFields(FORMS.get("ket-hon").orElseThrow(), "ben-nu", "ben-nam");
        FormDefinition khaiSinh = FORMS.get("khai-sinh").orElseThrow();
        assertThat(section(khaiSinh, "cha").condition().field()).isEqualTo("cha-me.co-cha");
        assertThat(section(khaiSinh, "me").condition().field()).isEqualTo("cha-me.co-me");
        assertThat(khaiSinh.slot("ban-sao.so-luong")
                        .orElseThrow()
                        .field()
                        .condition()
                        .field())
                .isEqualTo("ban-sao.de-nghi");
    }

    @Test
    void aChildWithoutARecognisedFatherSkipsTheFatherSection() {
        FormDefinition khaiSinh = FORMS.get("khai-sinh").orElseThrow();
        FieldCondition father = section(khaiSinh, "cha").condition();
        assertThat(father.holds(Map.of("cha-me.co-cha", "không"))).isFalse();
        assertThat(father.holds(Map.of("cha-me.co-cha", "có"))).isTrue();
    }

    @Test
    void placeHelpsSayWhatPartsToGive() {
        for (FormDefinition f : FORMS.all()) {
            for (FormDefinition.Slot s : f.slots()) {
                if (s.field().type() != FieldType.PLACE) {
                    continue;
                }
                String help = s.field().help();
                if (s.field().id().endsWith("-tinh")) {
                    assertThat(help).as(f.id() + " " + s.key()).doesNotContain("xã/phường");
                } else {
                    assertThat(help).as(f.id() + " " + s.key()).contains("xã/phường", "tỉnh/thành phố");
                }
            }
        }
    }

    // --- broken definitions are refused --------------------------------------------------------

    private static String definition(String sections) {
        return """
                {"id": "thu", "title": "Tờ khai thử", "source": "", "procedures": [], "triggers": [],
                 "addressee": "Kính gửi: ...", "sections": %s}
                """
                .formatted(sections);
    }

    @Test
    void anUnknownTypeIsRefused() {
        String json = definition(
                """
                [{"id": "a", "title": "Phần A", "fields": [
                  {"id": "ngay", "label": "Ngày", "type": "datetime"}]}]
                """);
        assertThatThrownBy(() -> FormCatalog.parse(json, "broken.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("ngay")
                .hasMessageContaining("unknown type 'datetime'");
    }

    @Test
    void aConditionOnAMissingFieldIsRefused() {
        String json = definition(
                """
                [{"id": "a", "title": "Phần A", "fields": [
                  {"id": "co", "label": "Có không", "type": "yesno"},
                  {"id": "so", "label": "Số lượng", "type": "number",
                   "condition": {"field": ".khong-co", "anyOf": ["có"]}}]}]
                """);
        assertThatThrownBy(() -> FormCatalog.parse(json, "broken.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("condition on unknown field a.khong-co");
    }

    @Test
    void aSectionConditionOnAMissingFieldIsRefused() {
        String json = definition(
                """
                [{"id": "a", "title": "Phần A", "condition": {"field": "b.co", "anyOf": ["có"]},
                  "fields": [{"id": "ten", "label": "Tên", "type": "name"}]}]
                """);
        assertThatThrownBy(() -> FormCatalog.parse(json, "broken.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition on unknown field b.co");
    }

    @Test
    void aDuplicateFieldIsRefused() {
        String json = definition(
                """
                [{"id": "a", "title": "Phần A", "fields": [
                  {"id": "ten", "label": "Tên", "type": "name"},
                  {"id": "ten", "label": "Tên gọi khác", "type": "text"}]}]
                """);
        assertThatThrownBy(() -> FormCatalog.parse(json, "broken.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("field a.ten twice");
    }

    @Test
    void anUnknownGroupAChoiceWithOneOptionAndBadJsonAreRefused() {
        assertThatThrownBy(() -> FormCatalog.parse(
                        definition("[{\"id\": \"a\", \"title\": \"A\", \"group\": \"x\"}]"), "g.json"))
                .hasMessageContaining("g.json")
                .hasMessageContaining("unknown group x");
        assertThatThrownBy(() -> FormCatalog.parse(
                        definition(
                                """
                                [{"id": "a", "title": "A", "fields": [
                                  {"id": "gt", "label": "Giới tính", "type": "choice", "options": ["Nam"]}]}]
                                """),
                        "c.json"))
                .hasMessageContaining("c.json")
                .hasMessageContaining("choice field gt needs at least two options");
        assertThatThrownBy(() -> FormCatalog.parse("{\"id\": ", "j.json"))
                .hasMessageContaining("j.json")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void theSameFormTwiceIsRefused() {
        FormDefinition f = FORMS.get("ct01").orElseThrow();
        assertThatThrownBy(() -> new FormCatalog(List.of(f, f)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ct01");
    }

    private static FormSection section(FormDefinition f, String id) {
        return f.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertSameFields(FormDefinition f, String a, String b) {
        assertThat(section(f, a).fields()).isEqualTo(section(f, b).fields());
    }

    private static boolean nonAscii(String s) {
        return s != null && s.chars().anyMatch(c -> c > 127);
    }
}
