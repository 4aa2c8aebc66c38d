package nl.eentegeneenzaamheid.coalition.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import nl.eentegeneenzaamheid.coalition.platform.web.ControlCharacters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an upload is, judged by its whole content rather than its first bytes or the name the sender gave it: a PDF
 * that PDFBox opens and that has pages, a JPEG or PNG that decodes to an image, a Word document that is a zip with
 * Word's main document in it. The name must fit the content (a PNG named {@code .pdf} is refused) and be a plain
 * name a person can read.
 */
public final class Documents {

    /** The kinds of file the programme takes, with the name endings that fit each. */
    public enum Kind {
        PDF("PDF", "pdf"), JPEG("JPEG image", "jpg", "jpeg"), PNG("PNG image", "png"),
        WORD("Word document (.docx)", "docx");

        private final String label;
        private final Set<String> extensions;

        Kind(String label, String... extensions) {
            this.label = label;
            this.extensions = Set.of(extensions);
        }

        public String label() {
            return label;
        }
    }

    public static final int MAXIMUM_FILENAME_LENGTH = 200;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** More entries than any Word document has: a zip bomb is not unpacked to find out. */
    private static final int MAXIMUM_ZIP_ENTRIES = 2_000;
    /** A scan of an A4 page at 600 dpi has about 35 million pixels. */
    private static final long MAXIMUM_PIXELS = 100_000_000L;
    /** What is decoded to check an image, at most: about 4 MB of memory. */
    private static final long DECODED_PIXELS = 1_000_000L;

    private Documents() {
    }

    /** The kind of the content when it really is one; empty when it is none of them, or damaged. */
    public static Optional<Kind> identify(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return isReadablePdf(content) ? Optional.of(Kind.PDF) : Optional.empty();
        }
        if (startsWith(content, JPEG) || startsWith(content, PNG)) {
            return isReadableImage(content) ? Optional.of(startsWith(content, PNG) ? Kind.PNG : Kind.JPEG)
                    : Optional.empty();
        }
        if (startsWith(content, ZIP)) {
            return isWordDocument(content) ? Optional.of(Kind.WORD) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The name to keep for an upload of this kind: the sender's name without any folder, or the fallback when none
     * was given.
     *
     * @throws IllegalArgumentException with a reason a person can act on: a control character, more than 200
     *                                  characters, or an ending that does not fit the content
     */
    public static String filename(String given, Kind kind, String fallback) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        String name = given.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int forbidden = ControlCharacters.firstForbidden(name);
        if (forbidden >= 0) {
            throw new IllegalArgumentException("The file name " + ControlCharacters.describe(name, forbidden));
        }
        if (name.length() > MAXIMUM_FILENAME_LENGTH) {
            throw new IllegalArgumentException("The file name has " + name.length() + " characters; at most "
                    + MAXIMUM_FILENAME_LENGTH + " are kept: rename the file");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!kind.extensions.contains(extension)) {
            throw new IllegalArgumentException("The file is a " + kind.label() + " but its name '" + name
                    + "' does not end in ." + String.join(" or .", kind.extensions.stream().sorted().toList())
                    + ": rename it, or upload the file you meant");
        }
        return name;
    }

    private static boolean isReadablePdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Decodes the image, after reading its size from the header: a small file that declares an enormous picture is
     * refused before any memory is spent on it, and what is decoded is read at a fraction of its size.
     */
    private static boolean isReadableImage(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAXIMUM_PIXELS) {
                    return false;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt(width * height / (double) DECODED_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return image != null && image.getWidth() > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A .docx: a zip with the content types and Word's main document part. Only the zip's central directory is read
     * (a copy in a temporary file): no entry is unpacked, so a zip bomb costs nothing.
     */
    private static boolean isWordDocument(byte[] content) {
        Path copy = null;
        try {
            copy = Files.createTempFile("upload-", ".zip");
            Files.write(copy, content);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                if (zip.size() > MAXIMUM_ZIP_ENTRIES) {
                    return false;
                }
                return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
