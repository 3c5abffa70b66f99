package vn.gov.assistant.admin.accounts;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import vn.gov.assistant.admin.security.StaffAccountRules;
import vn.gov.assistant.core.staff.Role;

/** The new-account form as typed; the messages are what the administrator reads next to each field. */
record NewAccountForm(
        @NotNull(message = LOGIN_RULE) @Pattern(regexp = StaffAccountRules.LOGIN_PATTERN, message = LOGIN_RULE)
                String login,
        @NotNull(message = NAME_MISSING)
                @Pattern(regexp = ".*\\S.*", message = NAME_MISSING)
                @Size(max = 100, message = "Họ tên dài quá 100 ký tự.")
                String name,
        @NotEmpty(message = "Chọn ít nhất một vai trò.") Set<Role> roles,
        @NotNull(message = PASSWORD_RULE) @Size(min = StaffAccountRules.MIN_PASSWORD_LENGTH, message = PASSWORD_RULE)
                String password) {

    static final String LOGIN_RULE =
            "Tên đăng nhập gồm 3 đến 40 ký tự: chữ thường không dấu, chữ số, dấu chấm," + " gạch dưới hoặc gạch ngang.";
    static final String NAME_MISSING = "Nhập họ tên cán bộ.";
    static final String PASSWORD_RULE = "Mật khẩu phải có ít nhất " + StaffAccountRules.MIN_PASSWORD_LENGTH + " ký tự.";

    NewAccountForm {
        login = login == null ? null : login.strip().toLowerCase(Locale.ROOT);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    static NewAccountForm empty() {
        return new NewAccountForm("", "", Set.of(Role.AGENT), "");
    }
}
