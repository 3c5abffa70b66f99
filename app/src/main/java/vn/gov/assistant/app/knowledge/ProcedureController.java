package vn.gov.assistant.app.knowledge;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.assistant.core.knowledge.KnowledgeSnapshot;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.SearchResult;

/** Read-only REST access to the catalog and its search. */
@RestController
@RequestMapping("/api")
class ProcedureController {

    static final int MAX_QUESTION_LENGTH = 1000;
    static final int MAX_LIMIT = 20;

    private final LiveKnowledge knowledge;

    ProcedureController(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Searches the catalog: hits, the aspect asked, and whether no procedure fits. */
    @GetMapping("/search")
    SearchResponse search(@RequestParam("q") String question, @RequestParam(defaultValue = "5") int limit) {
        if (question.isBlank()) {
            throw new BadRequest("Câu hỏi không được để trống.");
        }
        if (question.length() > MAX_QUESTION_LENGTH) {
            throw new BadRequest("Câu hỏi dài quá " + MAX_QUESTION_LENGTH + " ký tự.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("Số kết quả phải từ 1 đến " + MAX_LIMIT + ".");
        }
        KnowledgeSnapshot served = knowledge.current();
        SearchResult result = served.search().search(question, limit);
        List<SearchResponse.Hit> hits = result.hits().stream()
                .map(h -> new SearchResponse.Hit(
                        h.code().value(),
                        h.name(),
                        h.score(),
                        served.catalog()
                                .find(h.code())
                                .map(Procedure::sourceUrl)
                                .orElse("")))
                .toList();
        return new SearchResponse(
                result.query(), result.aspect().label(), result.outOfScope(), result.confidence(), hits);
    }

    /** One procedure's structured record. */
    @GetMapping("/procedures/{code}")
    Procedure procedure(@PathVariable String code) {
        if (!ProcedureCode.isValid(code)) {
            throw new BadRequest("Mã thủ tục không hợp lệ (ví dụ đúng: 1.004194): " + code);
        }
        return knowledge
                .current()
                .catalog()
                .find(ProcedureCode.of(code))
                .orElseThrow(() -> new NotFound("Không tìm thấy thủ tục có mã " + code + "."));
    }

    record SearchResponse(String query, String aspect, boolean outOfScope, double confidence, List<Hit> hits) {
        record Hit(String code, String name, double score, String sourceUrl) {}
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    @RestControllerAdvice(assignableTypes = ProcedureController.class)
    static class Errors {

        @ExceptionHandler(BadRequest.class)
        ProblemDetail badRequest(BadRequest e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        }

        @ExceptionHandler(NotFound.class)
        ProblemDetail notFound(NotFound e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
