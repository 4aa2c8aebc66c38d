package nl.eentegeneenzaamheid.coalition.platform;

import java.nio.charset.StandardCharsets;

import nl.eentegeneenzaamheid.coalition.support.TestDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are judged by what they contain, and their names must fit it. */
class DocumentsTest {

    @Test
    void real_files_are_recognised_by_their_whole_content() {
        assertThat(Documents.identify(TestDocuments.pdf("akkoord"))).contains(Documents.Kind.PDF);
        assertThat(Documents.identify(TestDocuments.png())).contains(Documents.Kind.PNG);
        assertThat(Documents.identify(TestDocuments.docx("plan"))).contains(Documents.Kind.WORD);
    }

    @Test
    void first_bytes_alone_are_not_enough() {
        assertThat(Documents.identify("%PDF-1.7\n<html><script>alert(1)</script></html>".getBytes(
                StandardCharsets.UTF_8))).as("a PDF header on an HTML page").isEmpty();
        assertThat(Documents.identify(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})).isEmpty();
        assertThat(Documents.identify("PK\u0003\u0004 any zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(Documents.identify("MZ executable".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Documents.identify(new byte[0])).isEmpty();
    }

    @Test
    void a_name_must_fit_the_content_and_be_plain_text() {
        assertThat(Documents.filename("C:\\Users\\els\\Plan Assen 2027.PDF", Documents.Kind.PDF, "plan.pdf"))
                .isEqualTo("Plan Assen 2027.PDF");
        assertThat(Documents.filename(" ", Documents.Kind.WORD, "lokaal-plan.docx")).isEqualTo("lokaal-plan.docx");
        assertThat(Documents.filename("Plan van ’s-Hertogenbosch.docx", Documents.Kind.WORD, "x"))
                .isEqualTo("Plan van ’s-Hertogenbosch.docx");
        assertThatThrownBy(() -> Documents.filename("scan.pdf", Documents.Kind.PNG, "x"))
                .hasMessageContaining("is a PNG image but its name 'scan.pdf' does not end in .png");
        assertThatThrownBy(() -> Documents.filename("sc\u0000an.pdf", Documents.Kind.PDF, "x"))
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> Documents.filename("x".repeat(300) + ".pdf", Documents.Kind.PDF, "x"))
                .hasMessageContaining("at most 200");
    }
}
