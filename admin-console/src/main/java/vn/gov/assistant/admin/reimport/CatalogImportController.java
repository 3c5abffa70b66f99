package vn.gov.assistant.admin.reimport;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.assistant.core.knowledge.CatalogReimport;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.monitoring.ServiceMonitor;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.knowledge.importer.CatalogUpload;
import vn.gov.assistant.knowledge.importer.html.OldPortalPageImporter;
import vn.gov.assistant.knowledge.importer.html.ProcedurePageFetcher;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Re-import of the catalog, for editors: upload the portal's records (or fetch a page by its
 * address), review the diff against the catalog being served, publish the procedures chosen with a
 * reason. The upload is read once and waits server-side ({@link PendingImports}) between the two.
 */
@Controller
@RequestMapping("/admin/knowledge/import")
class CatalogImportController {

    static final String BASE = "/admin/knowledge/import";

    static final String GONE = "Lần tải lên này không còn: đã quá hạn chờ, đã được thay bằng lần tải lên sau,"
            + " hoặc phiên đăng nhập đã đổi. Hãy tải tệp lên lại.";

    private final CatalogReimport reimport;
    private final PendingImports pending;
    private final ProcedurePageFetcher fetcher;
    private final ReimportProperties properties;
    private final ServiceMonitor monitor;
    private final Clock clock = Clock.systemUTC();

    CatalogImportController(
            CatalogReimport reimport,
            PendingImports pending,
            ProcedurePageFetcher fetcher,
            ReimportProperties properties,
            ObjectProvider<ServiceMonitor> monitor) {
        this.reimport = reimport;
        this.pending = pending;
        this.fetcher = fetcher;
        this.properties = properties;
        this.monitor = monitor.getIfAvailable(() -> ServiceMonitor.NONE);
    }

    @GetMapping
    String start(Authentication me, HttpSession session, Model model) {
        model.addAttribute(
                "waiting", pending.ofSession(me.getName(), session.getId()).orElse(null));
        model.addAttribute("limits", limits());
        return "admin/catalog-import";
    }

    @PostMapping
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Authentication me,
            HttpSession session,
            RedirectAttributes redirect) {
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty() || !name(f).isEmpty()).toList();
        if (chosen.size() > properties.maxFiles()) {
            return refused(
                    redirect,
                    "Chọn tối đa " + properties.maxFiles() + " tệp một lần; nhiều bản ghi hơn hãy"
                            + " nén thành một tệp .zip.");
        }
        List<CatalogUpload.File> read = new ArrayList<>();
        try {
            for (MultipartFile f : chosen) {
                read.add(new CatalogUpload.File(name(f), f.getBytes()));
            }
        } catch (IOException e) {
            return refused(redirect, "Không nhận được tệp tải lên. Hãy thử lại.");
        }
        CatalogUpload.Result result;
        try {
            result = CatalogUpload.read(read, clock.instant(), limits().upload());
        } catch (CatalogUpload.UploadException e) {
            return refused(redirect, e.getMessage());
        }
        String source = read.size() == 1
                ? "Tệp " + read.getFirst().name()
                : read.size() + " tệp: "
                        + read.stream().map(CatalogUpload.File::name).collect(Collectors.joining(", "));
        return review(pending.add(me.getName(), session.getId(), source, result), List.of());
    }

    @PostMapping("/url")
    String fetch(
            @RequestParam(name = "url", required = false) String address,
            Authentication me,
            HttpSession session,
            RedirectAttributes redirect) {
        String given = address == null ? "" : address.strip();
        if (given.isEmpty()) {
            return refused(redirect, "Hãy nhập địa chỉ trang chi tiết thủ tục hoặc mã thủ tục.");
        }
        OldPortalPageImporter.Result page;
        try {
            if (ProcedureCode.isValid(given)) {
                page = fetcher.fetch(ProcedureCode.of(given), clock.instant());
            } else {
                page = fetcher.fetch(new URI(given), clock.instant());
            }
        } catch (URISyntaxException e) {
            return refused(redirect, "Địa chỉ trang không hợp lệ.");
        } catch (ProcedurePageFetcher.FetchException e) {
            return refused(redirect, e.forStaff());
        }
        CatalogUpload.Result result;
        try {
            result = CatalogUpload.page(page);
        } catch (CatalogUpload.UploadException e) {
            return refused(redirect, e.getMessage());
        }
        return review(pending.add(me.getName(), session.getId(), "Trang " + given, result), List.of());
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable String id,
            @RequestParam(name = "complete", required = false) List<String> complete,
            Authentication me,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        PendingImports.Pending upload =
                pending.find(id, me.getName(), session.getId()).orElse(null);
        if (upload == null) {
            return refused(redirect, GONE);
        }
        return page(upload, completeOf(upload, complete), null, model);
    }

    @PostMapping("/{id}/publish")
    String publish(
            @PathVariable String id,
            @RequestParam(name = "code", required = false) List<String> codes,
            @RequestParam(name = "complete", required = false) List<String> complete,
            @RequestParam(name = "revision", defaultValue = "0") long revision,
            @RequestParam(name = "reason", required = false) String reason,
            Authentication me,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        PendingImports.Pending upload =
                pending.find(id, me.getName(), session.getId()).orElse(null);
        if (upload == null) {
            return refused(redirect, GONE);
        }
        Set<String> ministries = completeOf(upload, complete);
        Set<ProcedureCode> selected = codes == null
                ? Set.of()
                : codes.stream()
                        .filter(ProcedureCode::isValid)
                        .map(ProcedureCode::of)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        CatalogReimport.Outcome outcome;
        try {
            outcome = reimport.publish(
                    me.getName(),
                    upload.upload().procedures(),
                    ministries,
                    upload.upload().mentioned(),
                    selected,
                    revision,
                    reason);
        } catch (CurationException e) {
            // the page comes back with what was chosen and written, and the message
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("reason", reason == null ? "" : reason);
            return page(upload, ministries, selected, model);
        } catch (StateUnavailableException e) {
            model.addAttribute(
                    "formError", "Chưa lưu được: kho tri thức tạm thời không truy cập được. Hãy thử lại sau ít phút.");
            model.addAttribute("reason", reason == null ? "" : reason);
            return page(upload, ministries, selected, model);
        }
        monitor.catalogImported("published", outcome.published().size());
        redirect.addFlashAttribute("summary", ReviewPage.PublishSummary.of(outcome));
        return review(upload, ministries);
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable String id, Authentication me, HttpSession session, RedirectAttributes redirect) {
        pending.find(id, me.getName(), session.getId()).ifPresent(p -> {
            pending.remove(p.id());
            monitor.catalogImported("discarded", 0);
        });
        redirect.addFlashAttribute("flashInfo", "Đã bỏ lần tải lên này; danh mục không thay đổi.");
        return "redirect:" + BASE;
    }

    private String page(PendingImports.Pending upload, Set<String> complete, Set<ProcedureCode> selected, Model model) {
        CatalogReimport.Review review = reimport.review(
                upload.upload().procedures(), complete, upload.upload().mentioned());
        model.addAttribute("review", ReviewPage.of(upload, pending.expiresAt(upload), review, complete, selected));
        if (!model.containsAttribute("reason")) {
            model.addAttribute("reason", "");
        }
        return "admin/catalog-import-review";
    }

    /** The ministries declared complete: only those the upload's folders name. */
    private static Set<String> completeOf(PendingImports.Pending upload, List<String> asked) {
        if (asked == null) {
            return Set.of();
        }
        return asked.stream()
                .filter(upload.upload().ministries()::contains)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String review(PendingImports.Pending upload, java.util.Collection<String> complete) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(BASE + "/{id}");
        complete.forEach(m -> url.queryParam("complete", m));
        return "redirect:" + url.buildAndExpand(upload.id()).encode().toUriString();
    }

    private static String refused(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("flashError", message);
        return "redirect:" + BASE;
    }

    private static String name(MultipartFile f) {
        return f.getOriginalFilename() == null ? "" : f.getOriginalFilename().strip();
    }

    /** The limits of an upload, and how the page states them. */
    record Limits(CatalogUpload.Limits upload, int maxFiles, String maxSize, String maxRecords) {
        public long maxBytes() {
            return upload.maxBytes();
        }
    }

    private Limits limits() {
        CatalogUpload.Limits defaults = CatalogUpload.DEFAULT_LIMITS;
        CatalogUpload.Limits upload = new CatalogUpload.Limits(
                properties.maxUploadSize().toBytes(),
                properties.maxRecords(),
                defaults.maxRecordBytes(),
                Math.max(defaults.maxUnpackedBytes(), properties.maxUploadSize().toBytes() * 10));
        return new Limits(
                upload,
                properties.maxFiles(),
                properties.maxUploadSize().toMegabytes() + " MB",
                String.format(Locale.ROOT, "%,d", properties.maxRecords()).replace(',', '.'));
    }
}
