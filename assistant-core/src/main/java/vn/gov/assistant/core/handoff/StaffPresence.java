package vn.gov.assistant.core.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Which staff members are at their inbox: each open inbox reports itself every few seconds. */
public interface StaffPresence {

    void seen(String staff, Instant now);

    void left(String staff);

    /** Staff seen within {@code window} before {@code now}, by login. */
    List<String> online(Instant now, Duration window);
}
