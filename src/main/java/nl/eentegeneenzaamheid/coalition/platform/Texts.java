package nl.eentegeneenzaamheid.coalition.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks on free text that people type in forms, and how the Dutch texts write a moment. */
public final class Texts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, H.mm", DUTCH)
            .withZone(NETHERLANDS);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", DUTCH).withZone(NETHERLANDS);

    private Texts() {
    }

    /**
     * The text, stripped.
     *
     * @throws IllegalArgumentException with the message when the text is missing or blank
     */
    public static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(message);
        }
        return text.strip();
    }

    /**
     * The text, stripped, of at most {@code maximum} characters.
     *
     * @throws InvalidInputException with the message when the text is missing or blank, and saying so when too long
     */
    public static String required(String text, int maximum, String message) {
        String stripped = required(text, message);
        if (stripped.length() > maximum) {
            throw new InvalidInputException(message + " (at most " + maximum + " characters)");
        }
        return stripped;
    }

    /** Whether the text (stripped) looks like an e-mail address a mail server would take. */
    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches();
    }

    /** In Dutch time: "donderdag 18 maart 2027, 14.00". */
    public static String moment(Instant at) {
        return MOMENT.format(at);
    }

    /** In Dutch time: "donderdag 18 maart 2027, 14.00 tot 16.30 uur". */
    public static String period(Instant from, Instant to) {
        return MOMENT.format(from) + " tot " + TIME.format(to) + " uur";
    }
}
