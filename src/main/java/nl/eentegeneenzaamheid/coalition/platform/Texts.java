package nl.eentegeneenzaamheid.coalition.platform;

/** Checks on free text that people type in forms. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text, stripped.
     *
     * @throws IllegalArgumentException with the message when the text is missing or blank
     */
    public static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.strip();
    }
}
