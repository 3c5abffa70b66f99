package vn.gov.assistant.admin.reimport;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The catalog re-import's settings ({@code assistant.knowledge.import.*}).
 *
 * @param maxUploadSize the largest upload (all files together)
 * @param maxRecords the most records one upload may hold
 * @param maxFiles the most files one upload may hold (many records travel better as one .zip)
 * @param pendingTtl how long an upload waits, server-side, for staff to publish it
 * @param maxPending how many uploads wait at once on this instance (one per staff session; the
 *     oldest goes first)
 * @param fetchTimeout how long fetching a page by its address may take, redirects included
 * @param fetchMaxRedirects how many redirects a fetch follows
 * @param fetchAllowPrivateAddresses whether a fetch may reach this machine or a private network
 *     (only for tests against a local server)
 */
@ConfigurationProperties("assistant.knowledge.import")
public record ReimportProperties(
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue("5000") int maxRecords,
        @DefaultValue("40") int maxFiles,
        @DefaultValue("PT1H") Duration pendingTtl,
        @DefaultValue("10") int maxPending,
        @DefaultValue("PT20S") Duration fetchTimeout,
        @DefaultValue("5") int fetchMaxRedirects,
        @DefaultValue("false") boolean fetchAllowPrivateAddresses) {

    public ReimportProperties {
        if (maxUploadSize == null || maxUploadSize.toBytes() < 1) {
            throw new IllegalArgumentException("assistant.knowledge.import.max-upload-size must be positive");
        }
        if (maxRecords < 1 || maxFiles < 1 || maxPending < 1) {
            throw new IllegalArgumentException(
                    "assistant.knowledge.import.max-records, max-files and max-pending must be at least 1");
        }
        if (pendingTtl == null || pendingTtl.isNegative() || pendingTtl.isZero()) {
            throw new IllegalArgumentException("assistant.knowledge.import.pending-ttl must be positive");
        }
        if (fetchTimeout == null || fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("assistant.knowledge.import.fetch-timeout must be positive");
        }
        if (fetchMaxRedirects < 0) {
            throw new IllegalArgumentException("assistant.knowledge.import.fetch-max-redirects must not be negative");
        }
    }
}
