package vn.gov.assistant.channels;

import java.util.List;

/**
 * A channel under test, driven as a citizen would: {@link #say} sends a text through the
 * channel's real transport, {@link #press} presses the button (or types the number) of an option
 * the last reply offered. Each returns what the citizen sees.
 */
public interface ChannelDriver {

    Delivered say(String user, String text) throws Exception;

    /** Presses the option whose engine value is {@code optionValue} in the last reply to {@code user}. */
    Delivered press(String user, String optionValue) throws Exception;

    /** What reached the citizen: the text shown, and the option values offered (as buttons or numbers). */
    record Delivered(String text, List<String> optionValues) {}
}
