package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What notifications remember of the journey, from the events only: the municipality's contacts
 * ({@code notification_onboarding}), the partners ({@code notification_partner}) and the signers
 * ({@code notification_signer}).
 */
@Repository
public class NotificationMemory {

    /** Whom a municipality's mails go to. */
    public record Municipality(String name, String aldermanName, String aldermanEmail, String contactName,
                               String contactEmail) {
    }

    private final JdbcTemplate jdbc;

    NotificationMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** From IntentRegistered: the municipality and its contacts (the first telling stays). */
    void rememberOnboarding(JsonNode data) {
        jdbc.update("""
                insert into notification_onboarding (onboarding_id, municipality_code, municipality_name,
                    alderman_name, alderman_email, contact_name, contact_email) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (onboarding_id) do nothing""", uuid(data, "onboardingId"),
                data.path("municipalityCode").asText(), data.path("municipalityName").asText(),
                data.path("alderman").path("name").asText(), data.path("alderman").path("email").asText(),
                data.path("contact").path("name").asText(), data.path("contact").path("email").asText());
    }

    /** From PartnerInvited and PartnerReminded: the partner's organisation and contact. */
    void rememberPartner(JsonNode data) {
        jdbc.update("""
                insert into notification_partner (partner_id, onboarding_id, organisation, contact_name,
                    contact_email) values (?, ?, ?, ?, ?) on conflict (partner_id) do nothing""",
                uuid(data, "partnerId"), uuid(data, "onboardingId"), data.path("organisationName").asText(),
                data.path("contactName").asText(), data.path("contactEmail").asText());
    }

    /** From SigningRequestSent: the signer of an envelope. */
    void rememberSigner(JsonNode data) {
        jdbc.update("""
                insert into notification_signer (signer_id, envelope_id, onboarding_id, name, email)
                values (?, ?, ?, ?, ?) on conflict (signer_id) do nothing""", uuid(data, "signerId"),
                uuid(data, "envelopeId"), uuid(data, "onboardingId"), data.path("signerName").asText(),
                data.path("signerEmail").asText());
    }

    /** The municipality of the event's {@code onboardingId}, when its IntentRegistered was seen. */
    public Optional<Municipality> municipality(JsonNode data) {
        return jdbc.query("""
                select municipality_name, alderman_name, alderman_email, contact_name, contact_email
                from notification_onboarding where onboarding_id = ?""",
                (row, n) -> new Municipality(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)), uuid(data, "onboardingId")).stream().findFirst();
    }

    /** The name of the municipality of the event's {@code onboardingId}; empty when it is not known. */
    String municipalityName(JsonNode data) {
        return municipality(data).map(Municipality::name).orElse("");
    }

    Optional<String> signerName(UUID signerId) {
        return jdbc.query("select name from notification_signer where signer_id = ?", (row, n) -> row.getString(1),
                signerId).stream().findFirst();
    }

    /** An envelope's signers, by name: {@code name} and {@code email}. */
    List<Map<String, Object>> signersOf(UUID envelopeId) {
        return jdbc.queryForList("select name, email from notification_signer where envelope_id = ? order by name",
                envelopeId);
    }

    static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.path(field).asText());
    }
}
