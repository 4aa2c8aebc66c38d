package nl.eentegeneenzaamheid.coalition.platform.web;

/**
 * Text a person or system may send: every character of every script, quotes, apostrophes and line breaks; never a
 * control character (NUL and the other C0 and C1 controls but tab, line feed and carriage return), which no name or
 * message has and which PostgreSQL, mail headers and calendar files cannot carry; never half a surrogate pair.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first character text may not contain, or -1. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What is wrong, for a person: "contains the control character U+0000, which text may not contain". */
    public static String describe(CharSequence text, int index) {
        char c = text.charAt(index);
        return Character.isSurrogate(c) ? "contains half of a character (an unpaired surrogate U+"
                + String.format("%04X", (int) c) + "): send the text as valid UTF-8"
                : "contains the control character U+" + String.format("%04X", (int) c)
                + ", which text may not contain";
    }
}
