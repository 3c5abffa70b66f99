package vn.gov.assistant.admin.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why start-up stopped over the first administrator's settings, without a stack trace. */
final class AdminBootstrapFailureAnalyzer extends AbstractFailureAnalyzer<AdminBootstrap.AdminBootstrapException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrap.AdminBootstrapException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set ASSISTANT_ADMIN_PASSWORD to a password of at least " + StaffAccountRules.MIN_PASSWORD_LENGTH
                        + " characters and at most " + StaffAccountRules.MAX_PASSWORD_BYTES + " bytes (or leave it"
                        + " unset to keep the staff console closed), check assistant.admin.username, and start again.",
                cause);
    }
}
