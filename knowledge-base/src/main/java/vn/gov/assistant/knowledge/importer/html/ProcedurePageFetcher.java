package vn.gov.assistant.knowledge.importer.html;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Fetches procedure detail pages of the old portal by URL and reads them with {@link
 * OldPortalPageImporter}. Bounded in every way a remote page can hurt: http(s) only, connect and
 * overall timeouts, a body size limit, HTML only, a few redirects followed one by one and each
 * checked, and no address of this machine or of a private network (a staff member's URL must not
 * reach what only the server can reach) unless {@link Settings#allowPrivateAddresses} says so (the
 * tests' local server). Every failure is a {@link FetchException} naming the URL and what went
 * wrong, with a Vietnamese message for staff.
 *
 * <p>The address is checked by resolving the host before each request; the HTTP client resolves it
 * again when it connects, so a name whose DNS answer changes in between (DNS rebinding) is not
 * caught here: the firewall of a deployment is the complete guard.
 */
public final class ProcedurePageFetcher {

    /** The default address of a procedure's page; {code} is replaced by the procedure code. */
    public static final String DEFAULT_PAGE_TEMPLATE =
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}";

    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * How pages are fetched: timeouts to connect and for the whole fetch (redirects included), the
     * largest page, how many redirects are followed, the page address of a code, the user agent, and
     * whether loopback and private-network addresses may be fetched (tests only).
     */
    public record Settings(
            Duration connectTimeout,
            Duration timeout,
            int maxBytes,
            int maxRedirects,
            String pageTemplate,
            String userAgent,
            boolean allowPrivateAddresses) {
        public Settings {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(userAgent, "userAgent");
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative");
            }
            if (pageTemplate == null || !pageTemplate.contains("{code}")) {
                throw new IllegalArgumentException("the page template needs a {code} placeholder: " + pageTemplate);
            }
        }

        /** 5 s to connect, 20 s in all, 5 MiB, 5 redirects, the portal's page address, public addresses only. */
        public static Settings defaults() {
            return new Settings(
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(20),
                    DEFAULT_MAX_BYTES,
                    5,
                    DEFAULT_PAGE_TEMPLATE,
                    "assistant-importer/1.0",
                    false);
        }
    }

    /** A page could not be fetched; the message names the URL and the reason, {@link #forStaff} says it in Vietnamese. */
    public static final class FetchException extends Exception {
        private final String forStaff;

        public FetchException(String message, String forStaff) {
            super(message);
            this.forStaff = forStaff;
        }

        public FetchException(String message, String forStaff, Throwable cause) {
            super(message, cause);
            this.forStaff = forStaff;
        }

        /** Why the page could not be fetched, for staff. */
        public String forStaff() {
            return forStaff;
        }
    }

    private final HttpClient client;
    private final Settings settings;

    public ProcedurePageFetcher(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static ProcedurePageFetcher withDefaults() {
        return new ProcedurePageFetcher(Settings.defaults());
    }

    /** The page address of a procedure, from the configured template. */
    public URI pageUrl(ProcedureCode code) {
        return URI.create(settings.pageTemplate().replace("{code}", code.value()));
    }

    public OldPortalPageImporter.Result fetch(ProcedureCode code, Instant importedAt) throws FetchException {
        return fetch(pageUrl(code), importedAt);
    }

    public OldPortalPageImporter.Result fetch(URI url, Instant importedAt) throws FetchException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            checkAddress(url, current);
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new FetchException(url + ": timed out", "Trang không trả lời trong thời gian cho phép.");
            }
            HttpResponse<InputStream> response = send(url, current, left);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                closeQuietly(response);
                if (redirects >= settings.maxRedirects()) {
                    throw new FetchException(
                            url + ": more than " + settings.maxRedirects() + " redirects",
                            "Trang chuyển hướng quá " + settings.maxRedirects() + " lần.");
                }
                String location = response.headers().firstValue("Location").orElse("");
                if (location.isBlank()) {
                    throw new FetchException(
                            url + ": HTTP " + status + " without a Location",
                            "Trang chuyển hướng mà không nói tới đâu.");
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(
                            url + ": bad redirect '" + location + "'", "Trang chuyển hướng tới một địa chỉ sai.", e);
                }
                continue;
            }
            return read(url, current, response, importedAt);
        }
    }

    private HttpResponse<InputStream> send(URI url, URI current, Duration timeout) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(current)
                    .timeout(timeout)
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "text/html")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(url + ": not a page address", "Địa chỉ trang không hợp lệ.", e);
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(url + ": timed out", "Trang không trả lời trong thời gian cho phép.", e);
        } catch (IOException e) {
            throw new FetchException(
                    url + ": cannot fetch (" + e.getMessage() + ")", "Không kết nối được tới trang.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url + ": interrupted", "Việc tải trang bị dừng.", e);
        }
    }

    private OldPortalPageImporter.Result read(
            URI url, URI current, HttpResponse<InputStream> response, Instant importedAt) throws FetchException {
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new FetchException(
                        url + ": HTTP " + response.statusCode(),
                        "Trang trả về lỗi HTTP " + response.statusCode() + ".");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (!contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                throw new FetchException(
                        url + ": not an HTML page (" + (contentType.isEmpty() ? "no content type" : contentType) + ")",
                        "Địa chỉ này không phải một trang HTML.");
            }
            byte[] bytes = body.readNBytes(settings.maxBytes() + 1);
            if (bytes.length > settings.maxBytes()) {
                throw new FetchException(
                        url + ": page larger than " + settings.maxBytes() + " bytes",
                        "Trang lớn quá " + settings.maxBytes() / 1024 + " KB.");
            }
            String html = new String(bytes, charset(contentType));
            return OldPortalPageImporter.parse(html, current.toString(), importedAt);
        } catch (HttpTimeoutException e) {
            throw new FetchException(url + ": timed out", "Trang không trả lời trong thời gian cho phép.", e);
        } catch (IOException e) {
            throw new FetchException(
                    url + ": cannot read the page (" + e.getMessage() + ")", "Không đọc được nội dung trang.", e);
        }
    }

    /** http(s) only, and a host that resolves to public addresses only (unless allowed). */
    private void checkAddress(URI url, URI current) throws FetchException {
        String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(
                    url + ": only http and https pages can be fetched",
                    "Chỉ tải được trang có địa chỉ bắt đầu bằng http:// hoặc https://.");
        }
        String host = current.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException(url + ": no host in " + current, "Địa chỉ trang không có tên máy chủ.");
        }
        if (settings.allowPrivateAddresses()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(url + ": unknown host " + host, "Không tìm thấy máy chủ " + host + ".", e);
        }
        for (InetAddress address : addresses) {
            if (!Addresses.isPublic(address)) {
                throw new FetchException(
                        url + ": " + host + " is a private or local address (" + address.getHostAddress() + ")",
                        "Không được tải trang từ địa chỉ nội bộ (" + host
                                + "): chỉ tải trang trên Internet, ví dụ của Cổng dịch vụ công.");
            }
        }
    }

    private static void closeQuietly(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the redirect's body is not needed
        }
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
