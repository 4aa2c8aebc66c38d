package nl.eentegeneenzaamheid.coalition.signing.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * An envelope's audit trail as exported ({@code GET /api/v1/envelopes/{id}/audit}) and as attached to the sealed
 * document: everything the offline verifier needs to recompute the chain.
 *
 * @param count the number of entries the envelope recorded
 * @param head  the last entry's hash the envelope recorded
 */
public record TrailExport(UUID envelopeId, String documentSha256, int count, String head, List<AuditEntry> entries) {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TrailExport fromJson(String json) {
        try {
            return JSON.readValue(json, TrailExport.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an exported audit trail: " + e.getMessage(), e);
        }
    }

    public AuditChain.Verification verify() {
        return AuditChain.verify(entries, count, head);
    }
}
