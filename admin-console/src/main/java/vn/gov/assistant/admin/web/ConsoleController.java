package vn.gov.assistant.admin.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.assistant.admin.security.AdminProperties;
import vn.gov.assistant.core.staff.StaffAccounts;

/** The login page and the console's home. */
@Controller
class ConsoleController {

    private final StaffAccounts accounts;
    private final AdminProperties properties;

    ConsoleController(StaffAccounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @GetMapping("/admin/login")
    String login(
            Authentication authentication,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout,
            Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/admin";
        }
        model.addAttribute("error", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("lockoutMinutes", properties.lockout().toMinutes());
        model.addAttribute("loggedOut", logout != null);
        // no account yet: the first administrator comes from configuration only
        model.addAttribute("closed", accounts.all().isEmpty());
        return "admin/login";
    }

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "admin/home";
    }
}
