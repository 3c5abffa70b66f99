package vn.gov.assistant.knowledge.search;

import java.util.List;

/**
 * The weights of the search in one place, so that the evaluation can vary them. The defaults
 * were chosen on the development questions and are checked on a held-out set.
 */
public record SearchTuning(
        List<VietnameseProcedureSearch.FieldWeight> fields,
        double exactBoost,
        double restoredBoost,
        double bigramBoost,
        double namedWeight,
        double coverageWeight,
        double priorWeight,
        double levelWeight,
        double replacedWeight,
        double commonBodyShare,
        ScopeModel scope,
        double declineBelow) {

    public static final SearchTuning DEFAULT = new SearchTuning(
            List.of(
                    new VietnameseProcedureSearch.FieldWeight("name", 1.0),
                    new VietnameseProcedureSearch.FieldWeight("alias", 1.0),
                    new VietnameseProcedureSearch.FieldWeight("domain", 0.2),
                    new VietnameseProcedureSearch.FieldWeight("body", 0.25)),
            0.5,
            0.2,
            1.5,
            0.6,
            0.3,
            0.1,
            0.05,
            0.5,
            0.2,
            new ScopeModel(new double[] {-4.39, 1.90, 3.62, 1.28, 2.41, 0.97}),
            0.30);

    public SearchTuning {
        fields = List.copyOf(fields);
    }
}
