package nl.eentegeneenzaamheid.coalition.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.intake.IntakeTexts.TEXTS;

/**
 * Registers a municipality's intent: one transaction opens its journey, starts the process, records the intent and
 * appends {@link IntentRegistered} to the outbox. A request key (an API client's Idempotency-Key or a command's id)
 * makes a retry return the first answer without doing anything again.
 */
@Service
public class IntakeService {

    private final Municipalities municipalities;
    private final Journeys journeys;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper canonical;

    public IntakeService(Municipalities municipalities, Journeys journeys, Outbox outbox, JdbcTemplate jdbc,
                         Clock clock, ObjectMapper objectMapper) {
        this.municipalities = municipalities;
        this.journeys = journeys;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.canonical = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * @param intent     a valid command (Bean Validation has passed)
     * @param requestKey null, or a key that identifies this request among retries
     * @param channel    how the intent arrived
     * @param actor      who registered it (the authenticated user or API client, or the command's source)
     * @throws nl.eentegeneenzaamheid.coalition.municipality.UnknownMunicipalityException        unknown CBS code
     * @throws nl.eentegeneenzaamheid.coalition.journey.OnboardingAlreadyOpenException            journey already open
     * @throws IdempotencyKeyReusedException the key was used before for another request
     */
    @Transactional
    public IntentReceipt registerIntent(RegisterIntent intent, String requestKey, Channel channel, String actor) {
        if (requestKey != null) {
            IntentReceipt earlier = claim(requestKey, fingerprint(intent));
            if (earlier != null) {
                return earlier;
            }
        }
        Municipality municipality = municipalities.require(intent.municipalityCode());
        UUID onboardingId = journeys.open(municipality);
        Instant now = Instant.now(clock);
        jdbc.update("""
                insert into intent (onboarding_id, municipality_code, alderman_name, alderman_email, contact_name,
                    contact_email, contact_phone, in_college_programme, motivation, channel, registered_by,
                    registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                onboardingId, municipality.code(), intent.alderman().name().strip(),
                intent.alderman().email().strip(), intent.contact().name().strip(), intent.contact().email().strip(),
                blankToNull(intent.contact().phone()), intent.inCollegeProgramme(), intent.motivation().strip(),
                channel.name(), actor, Timestamp.from(now));
        journeys.record(onboardingId, "intent-registered", TEXTS.text("journey.intent-registered",
                Map.of("municipality", municipality.name(), "channel", TEXTS.text(channel == Channel.API
                        ? "journey.channel.api" : "journey.channel.kafka"))), actor);
        outbox.append(new IntentRegistered(onboardingId, municipality.code(), municipality.name(),
                municipality.province(), person(intent.alderman()), person(intent.contact()),
                intent.inCollegeProgramme(), channel.name(), now));
        if (requestKey != null) {
            jdbc.update("update intake_request set onboarding_id = ? where request_key = ?", onboardingId, requestKey);
        }
        // last: the process starts once the intent it is about is written
        journeys.start(onboardingId, municipality, intent.alderman().name().strip());
        return new IntentReceipt(onboardingId, municipality.code(), false);
    }

    /**
     * Claims the key for this transaction. A concurrent claim of the same key waits here until the first commits
     * (then it is a replay) or rolls back (then it claims the key itself).
     *
     * @return the first answer when the key was handled before, otherwise null
     */
    private IntentReceipt claim(String requestKey, String fingerprint) {
        int claimed = jdbc.update("""
                insert into intake_request (request_key, fingerprint) values (?, ?)
                on conflict (request_key) do nothing""", requestKey, fingerprint);
        if (claimed == 1) {
            return null;
        }
        record Earlier(String fingerprint, UUID onboardingId, String municipalityCode) {
        }
        List<Earlier> earlier = jdbc.query("""
                select r.fingerprint, r.onboarding_id, i.municipality_code from intake_request r
                left join intent i on i.onboarding_id = r.onboarding_id where r.request_key = ?""",
                (row, n) -> new Earlier(row.getString(1), row.getObject(2, UUID.class), row.getString(3)),
                requestKey);
        Earlier first = earlier.get(0);
        if (!first.fingerprint().equals(fingerprint) || first.onboardingId() == null) {
            throw new IdempotencyKeyReusedException(requestKey);
        }
        return new IntentReceipt(first.onboardingId(), first.municipalityCode(), true);
    }

    /** The alderman who declared the municipality's intent: the municipality's signatory. */
    @Transactional(readOnly = true)
    public RegisterIntent.Person aldermanOf(UUID onboardingId) {
        return jdbc.query("select alderman_name, alderman_email from intent where onboarding_id = ?",
                (row, n) -> new RegisterIntent.Person(row.getString(1), row.getString(2), null), onboardingId)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("No intent for " + onboardingId));
    }

    /** The municipality's contact person for the programme. */
    @Transactional(readOnly = true)
    public RegisterIntent.Person contactOf(UUID onboardingId) {
        return jdbc.query("select contact_name, contact_email from intent where onboarding_id = ?",
                (row, n) -> new RegisterIntent.Person(row.getString(1), row.getString(2), null), onboardingId)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("No intent for " + onboardingId));
    }

    private String fingerprint(RegisterIntent intent) {
        try {
            return Digests.sha256(canonical.writeValueAsBytes(intent));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private static IntentRegistered.Person person(RegisterIntent.Person person) {
        return new IntentRegistered.Person(person.name().strip(), person.email().strip(), blankToNull(person.phone()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
