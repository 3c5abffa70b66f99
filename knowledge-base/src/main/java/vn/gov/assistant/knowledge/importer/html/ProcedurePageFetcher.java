package vn.gov.assistant.knowledge.importer.html;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
 * OldPortalPageImporter}. Bounded in every way a remote page can hurt: connect and request
 * timeouts, a body size limit, HTML only, http(s) only; every failure is a {@link FetchException}
 * naming the URL and what went wrong.
 */
public final class ProcedurePageFetcher {

    /** The default address of a procedure's page; {code} is replaced by the procedure code. */
    public static final String DEFAULT_PAGE_TEMPLATE =
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}";

    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /** A page could not be fetched; the message names the URL and the reason. */
    public static final class FetchException extends Exception {
        public FetchException(String message) {
            super(message);
        }

        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxBytes;
    private final String pageTemplate;
    private final String userAgent;

    public ProcedurePageFetcher(
            Duration connectTimeout, Duration requestTimeout, int maxBytes, String pageTemplate, String userAgent) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (!pageTemplate.contains("{code}")) {
            throw new IllegalArgumentException("the page template needs a {code} placeholder: " + pageTemplate);
        }
        this.client = HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout);
        this.maxBytes = maxBytes;
        this.pageTemplate = pageTemplate;
        this.userAgent = Objects.requireNonNull(userAgent);
    }

    /** Sensible defaults: 5 s to connect, 20 s per page, 5 MiB, the portal's page address. */
    public static ProcedurePageFetcher withDefaults() {
        return new ProcedurePageFetcher(
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                DEFAULT_MAX_BYTES,
                DEFAULT_PAGE_TEMPLATE,
                "assistant-importer/1.0");
    }

    /** The page address of a procedure, from the configured template. */
    public URI pageUrl(ProcedureCode code) {
        return URI.create(pageTemplate.replace("{code}", code.value()));
    }

    public OldPortalPageImporter.Result fetch(ProcedureCode code, Instant importedAt) throws FetchException {
        return fetch(pageUrl(code), importedAt);
    }

    public OldPortalPageImporter.Result fetch(URI url, Instant importedAt) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url + ": only http and https pages can be fetched");
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(url + ": timed out", e);
        } catch (IOException e) {
            throw new FetchException(url + ": cannot fetch (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url + ": interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new FetchException(url + ": HTTP " + response.statusCode());
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (!contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                throw new FetchException(
                        url + ": not an HTML page (" + (contentType.isEmpty() ? "no content type" : contentType) + ")");
            }
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new FetchException(url + ": page larger than " + maxBytes + " bytes");
            }
            String html = new String(bytes, charset(contentType));
            return OldPortalPageImporter.parse(html, url.toString(), importedAt);
        } catch (HttpTimeoutException e) {
            throw new FetchException(url + ": timed out", e);
        } catch (IOException e) {
            throw new FetchException(url + ": cannot read the page (" + e.getMessage() + ")", e);
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
