package nl.eentegeneenzaamheid.coalition.signing.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes flowing text onto A4 pages: paragraphs wrap at the margin and continue on a new page. The fonts are
 * embedded (subset), so names such as Súdwest-Fryslân and 's-Hertogenbosch render on every reader.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 56;
    private static final PDRectangle A4 = PDRectangle.A4;
    /** Read once: each document parses and subsets them, but need not unpack them from the jar again. */
    private static final byte[] REGULAR = bytes("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = bytes("/fonts/DejaVuSans-Bold.ttf");

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfPages(PDDocument document, String footer) {
        this.document = document;
        this.regular = font(document, REGULAR);
        this.bold = font(document, BOLD);
        this.footer = footer;
    }

    void newPage() {
        try {
            closePage();
            PDPage page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = A4.getHeight() - MARGIN;
            if (footer != null) {
                content.beginText();
                content.setFont(regular, 7.5f);
                content.newLineAtOffset(MARGIN, MARGIN / 2);
                content.showText(AgreementPdf.TEXTS.text("page.footer", Map.of("footer", footer, "page", pages)));
                content.endText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void title(String text) {
        paragraph(text, bold, 17, 8);
    }

    void heading(String text) {
        space(6);
        paragraph(text, bold, 12, 4);
    }

    void text(String text) {
        paragraph(text, regular, 10.5f, 6);
    }

    void small(String text) {
        paragraph(text, regular, 8, 2);
    }

    void smallBold(String text) {
        paragraph(text, bold, 8, 2);
    }

    void bullet(String text) {
        paragraph("•  " + text, regular, 10.5f, 3);
    }

    void numbered(int number, String text) {
        paragraph(number + ".  " + text, regular, 10.5f, 3);
    }

    void space(float points) {
        y -= points;
    }

    private void paragraph(String text, PDType0Font font, float size, float after) {
        float leading = size * 1.35f;
        float width = A4.getWidth() - 2 * MARGIN;
        try {
            for (String line : wrap(text, font, size, width)) {
                if (content == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= after;
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                // a word wider than the page (a hash, a long address) is broken where it must
                String rest = word;
                while (font.getStringWidth(rest) / 1000 * size > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closePage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document, byte[] font) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(font), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
