package vn.gov.assistant.core.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.unanswered.UnansweredQuestion.Reason;

/**
 * Grouping by similarity on real questions: colloquial ones and portal questions from
 * eval/dev-questions.jsonl (with their copies typed without diacritics) and a few of our own the
 * bot does not answer. The expected groups are the exact partition, so a change of features or
 * threshold that merges or splits any of them shows here.
 */
class QuestionGroupsTest {

    /** Each question with the group it belongs to; questions of one group are asked the same thing. */
    private static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

    static {
        // eval colloq-008, with and without diacritics, and a shorter variant
        QUESTIONS.put("vợ chồng em từ Nghệ An ra HN làm công nhân, ở trọ thì có cần báo công an phường k", "trọ");
        QUESTIONS.put("vo chong em tu Nghe An ra HN lam cong nhan, o tro thi co can bao cong an phuong k", "trọ");
        QUESTIONS.put("em ở trọ thì có cần báo công an phường không ạ", "trọ");
        // eval colloq-141
        QUESTIONS.put("làm lại bằng lái b2 bị mất hết bao nhiêu tiền", "bằng lái");
        QUESTIONS.put("lam lai bang lai b2 bi mat het bao nhieu tien", "bằng lái");
        QUESTIONS.put("mất bằng lái b2 làm lại tốn bao nhiêu tiền", "bằng lái");
        // not a procedure: the one-stop shop's opening days
        QUESTIONS.put("bộ phận một cửa phường làm việc thứ bảy không", "một cửa");
        QUESTIONS.put("thứ 7 một cửa phường có làm việc không ạ", "một cửa");
        QUESTIONS.put("sáng thứ bảy bộ phận một cửa có làm việc không", "một cửa");
        // outside the mission, two topics sharing "hôm nay"
        QUESTIONS.put("thời tiết hôm nay thế nào", "thời tiết");
        QUESTIONS.put("hôm nay thời tiết ra sao", "thời tiết");
        QUESTIONS.put("giá vàng hôm nay bao nhiêu", "vàng");
        QUESTIONS.put("hôm nay giá vàng thế nào", "vàng");
        // eval dec1mo-181 and dec1mo-381 (the same without diacritics), and a short form
        QUESTIONS.put("Khi chứng thư số sắp hết hạn cần xử lý như thế nào để gia hạn chứng thư số.", "chứng thư số");
        QUESTIONS.put("Khi chung thu so sap het han can xu ly nhu the nao de gia han chung thu so.", "chứng thư số");
        QUESTIONS.put("chứng thư số sắp hết hạn thì gia hạn thế nào", "chứng thư số");
        // eval portal questions on other subjects, each alone although they share words
        QUESTIONS.put(
                "Tội trốn đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp thì bị xử lý như thế nào?",
                "trốn đóng bảo hiểm");
        QUESTIONS.put(
                "Trẻ em dưới 6 tuổi chưa được cấp thẻ bảo hiểm y tế thì cần xuất trình giấy tờ gì khi đi khám,"
                        + " chữa bệnh?",
                "trẻ em khám bệnh");
        QUESTIONS.put("làm khai sinh, nhập khẩu, thẻ bhyt cho bé một lần luôn được không", "liên thông khai sinh");
        QUESTIONS.put(
                "Công ty điều chỉnh lại giá trị dòng chảy tối thiểu sau đập thì lập Hồ sơ điều chỉnh, cấp lại hay"
                        + " cấp mới?",
                "dòng chảy tối thiểu");
    }

    private final Instant t0 = Instant.parse("2026-11-01T00:00:00Z");

    private List<UnansweredQuestion> asked(List<String> texts) {
        List<UnansweredQuestion> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new UnansweredQuestion("q" + i, texts.get(i), "web", t0.plusSeconds(60L * i), Reason.DECLINED));
        }
        return out;
    }

    private static Set<Set<String>> partition(List<QuestionGroups.Cluster> clusters) {
        return clusters.stream()
                .filter(c -> !c.members().isEmpty())
                .map(c -> c.members().stream().map(UnansweredQuestion::text).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    private static Set<Set<String>> expected() {
        return QUESTIONS.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toSet())))
                .values()
                .stream()
                .collect(Collectors.toSet());
    }

    @Test
    void realQuestionsFallIntoExactlyTheExpectedGroups() {
        List<QuestionGroups.Cluster> clusters = QuestionGroups.group(
                asked(List.copyOf(QUESTIONS.keySet())), List.of(), QuestionGroups.DEFAULT_THRESHOLD);

        assertThat(partition(clusters)).isEqualTo(expected());
        assertThat(clusters).hasSize(10);
    }

    @Test
    void aGroupIsKeyedByItsFirstQuestionFoldedAndKeepsItsKeyAsQuestionsArrive() {
        List<String> texts = List.of("làm lại bằng lái b2 bị mất hết bao nhiêu tiền", "thời tiết hôm nay thế nào");
        String key =
                QuestionGroups.group(asked(texts), List.of(), 0.5).getFirst().key();
        assertThat(key).isEqualTo("lam lai bang lai b2 bi mat het bao nhieu tien");

        List<String> more = new ArrayList<>(texts);
        more.add("mất bằng lái b2 làm lại tốn bao nhiêu tiền");
        more.add("lam lai bang lai b2 bi mat het bao nhieu tien");
        List<QuestionGroups.Cluster> later = QuestionGroups.group(asked(more), List.of(), 0.5);
        assertThat(later).extracting(QuestionGroups.Cluster::key).containsExactly(key, "thoi tiet hom nay the nao");
        assertThat(later.getFirst().members()).hasSize(3);
    }

    @Test
    void aResolvedGroupStillGathersItsQuestionsOnceTheOnesItWasResolvedOnAreForgotten() {
        String resolvedKey = "thoi tiet hom nay the nao";
        List<QuestionGroups.Cluster> clusters = QuestionGroups.group(
                asked(List.of("giá vàng hôm nay bao nhiêu", "hôm nay thời tiết ra sao")), List.of(resolvedKey), 0.5);

        assertThat(clusters).hasSize(2);
        assertThat(clusters.getFirst().key()).isEqualTo(resolvedKey);
        assertThat(clusters.getFirst().seeded()).isTrue();
        assertThat(clusters.getFirst().members())
                .extracting(UnansweredQuestion::text)
                .containsExactly("hôm nay thời tiết ra sao");
        assertThat(clusters.get(1).seeded()).isFalse();
    }

    @Test
    void aQuestionOfOnlyPunctuationIsLeftOutAndOneOfOnlyFillerIsComparedOnItsWords() {
        List<QuestionGroups.Cluster> clusters =
                QuestionGroups.group(asked(List.of("???", "có không ạ", "co khong a")), List.of(), 0.5);

        assertThat(partition(clusters)).containsExactly(Set.of("có không ạ", "co khong a"));
    }

    @Test
    void similarityIsTheCosineOfSyllablesAndBigramsWithoutFiller() {
        QuestionFeatures q = QuestionFeatures.of("Cho tôi hỏi làm sổ đỏ mất bao lâu ạ?");
        assertThat(q.terms()).containsExactlyInAnyOrder("lam", "so", "do", "mat", "lam so", "so do", "do mat");
        // "đăng" is not "đang", "cửa" is not "của", "căn" is not "cần": only words that fold to nothing else are filler
        assertThat(QuestionFeatures.of("đăng ký một cửa căn cước").terms())
                .contains("dang", "cua", "can", "mot cua", "can cuoc");
        assertThat(q.similarity(QuestionFeatures.of("lam so do mat bao lau"))).isEqualTo(1.0);
        assertThat(q.similarity(QuestionFeatures.of("thời tiết hôm nay"))).isZero();
    }
}
