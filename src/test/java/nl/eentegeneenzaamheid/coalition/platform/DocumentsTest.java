package nl.eentegeneenzaamheid.coalition.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void recognises_documents_by_their_first_bytes_not_their_name() {
        assertThat(Documents.isPdf("%PDF-1.7 ...".getBytes())).isTrue();
        assertThat(Documents.isPdf("%PD".getBytes())).as("too short").isFalse();
        assertThat(Documents.isImage(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isTrue();
        assertThat(Documents.isImage(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})).isTrue();
        assertThat(Documents.isWordDocument("PK\u0003\u0004".getBytes())).isTrue();
        assertThat(Documents.isPdf("MZ executable".getBytes()) || Documents.isImage("MZ".getBytes())
                || Documents.isWordDocument("MZ".getBytes())).isFalse();
    }

    @Test
    void hashes_with_sha256() {
        assertThat(Digests.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
