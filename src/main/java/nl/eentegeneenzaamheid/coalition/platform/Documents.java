package nl.eentegeneenzaamheid.coalition.platform;

import java.util.Arrays;

/** What kind of file an upload is, by its first bytes rather than by the name the sender gave it. */
public final class Documents {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    /** Word's .docx is a zip archive. */
    private static final byte[] ZIP = {'P', 'K'};

    private Documents() {
    }

    public static boolean isPdf(byte[] content) {
        return startsWith(content, PDF);
    }

    public static boolean isImage(byte[] content) {
        return startsWith(content, JPEG) || startsWith(content, PNG);
    }

    public static boolean isWordDocument(byte[] content) {
        return startsWith(content, ZIP);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
