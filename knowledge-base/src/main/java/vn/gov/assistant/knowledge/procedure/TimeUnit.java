package vn.gov.assistant.knowledge.procedure;

/** Units in which the catalog states processing times. {@link #UNKNOWN} when the source lost it. */
public enum TimeUnit {
    WORKING_DAYS("ngày làm việc"),
    DAYS("ngày"),
    HOURS("giờ"),
    MONTHS("tháng"),
    YEARS("năm"),
    UNKNOWN("(không rõ đơn vị)");

    private final String label;

    TimeUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
