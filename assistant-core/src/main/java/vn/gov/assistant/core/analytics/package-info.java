/**
 * Analytics for staff: what the assistant did, counted per day (in the city's zone) and channel,
 * never what citizens wrote. {@link vn.gov.assistant.core.analytics.AnalyticsRecorder} hears every
 * turn (a {@code TurnListener} on the reception), every hand-off opened and claimed and every
 * callback ticket, and adds to the counters of the {@link
 * vn.gov.assistant.core.analytics.AnalyticsStore} port (in memory here, on Redis in the
 * shared-state module); {@link vn.gov.assistant.core.analytics.Analytics} turns a period's
 * counters into the figures of the console's analytics page and its CSV export. See
 * docs/decisions/0013-analytics.md.
 */
package vn.gov.assistant.core.analytics;
