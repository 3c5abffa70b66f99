package vn.gov.assistant.admin.accounts;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.admin.security.StaffAccountRules;
import vn.gov.assistant.core.staff.Role;

/**
 * Staff accounts, for administrators: the list, a new account, disable and enable, a new password.
 * The acting administrator is always the logged-in one.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final StaffAccountService service;

    AccountsController(StaffAccountService service) {
        this.service = service;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("newAccount")) {
            model.addAttribute("newAccount", NewAccountForm.empty());
        }
        model.addAttribute("accounts", rows());
        model.addAttribute("roles", RoleLabel.all());
        return "admin/accounts";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("newAccount") NewAccountForm form,
            BindingResult errors,
            Authentication me,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("password") && StaffAccountRules.passwordTooLong(form.password())) {
            errors.rejectValue(
                    "password",
                    "tooLong",
                    "Mật khẩu dài quá " + StaffAccountRules.MAX_PASSWORD_BYTES
                            + " byte (mỗi chữ có dấu chiếm 2 đến 3 byte).");
        }
        if (!errors.hasErrors()) {
            try {
                service.create(me.getName(), form.login(), form.name(), form.roles(), form.password());
                redirect.addFlashAttribute("flashInfo", "Đã tạo tài khoản " + form.login() + ".");
                return "redirect:/admin/accounts";
            } catch (StaffAccountService.AccountException e) {
                errors.reject("account", e.getMessage());
            }
        }
        // the form comes back with its messages (the page never writes the password back)
        model.addAttribute("accounts", rows());
        model.addAttribute("roles", RoleLabel.all());
        return "admin/accounts";
    }

    @PostMapping("/{login}/enabled")
    String setEnabled(
            @PathVariable String login, @RequestParam boolean enabled, Authentication me, RedirectAttributes redirect) {
        try {
            service.setEnabled(me.getName(), login, enabled);
            redirect.addFlashAttribute(
                    "flashInfo", (enabled ? "Đã mở khoá tài khoản " : "Đã khoá tài khoản ") + login + ".");
        } catch (StaffAccountService.AccountException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{login}/password")
    String resetPassword(
            @PathVariable String login, @RequestParam String password, Authentication me, RedirectAttributes redirect) {
        try {
            service.resetPassword(me.getName(), login, password);
            redirect.addFlashAttribute("flashInfo", "Đã đặt lại mật khẩu cho tài khoản " + login + ".");
        } catch (StaffAccountService.AccountException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    private List<Row> rows() {
        return service.all().stream()
                .map(a -> new Row(
                        a.username(),
                        a.displayName(),
                        a.roles().stream()
                                .map(r -> RoleLabel.of(r).label())
                                .sorted()
                                .toList(),
                        a.enabled(),
                        DATE.format(a.created())))
                .toList();
    }

    /** An account as the list shows it. */
    record Row(String login, String name, List<String> roles, boolean enabled, String created) {}

    /** A role as administrators read it. */
    record RoleLabel(Role role, String label) {
        static RoleLabel of(Role role) {
            return new RoleLabel(
                    role,
                    switch (role) {
                        case AGENT -> "Cán bộ trả lời";
                        case EDITOR -> "Biên tập viên";
                        case ADMIN -> "Quản trị viên";
                    });
        }

        static List<RoleLabel> all() {
            return java.util.Arrays.stream(Role.values()).map(RoleLabel::of).toList();
        }
    }
}
