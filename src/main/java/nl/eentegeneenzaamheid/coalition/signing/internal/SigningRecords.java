package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.Signing.Scan;
import nl.eentegeneenzaamheid.coalition.signing.SigningMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The onboarding's signing ({@code signing}): how it is signed (digitally or on paper), the scan of a paper signing,
 * and the record of the signing once it is done or stopped.
 */
@Repository
public class SigningRecords {

    private final JdbcTemplate jdbc;

    SigningRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The signing starts (a second start changes nothing). */
    public void start(UUID onboardingId, SigningMethod method, Instant now) {
        jdbc.update("""
                insert into signing (onboarding_id, method, status, started_at) values (?, ?, 'STARTED', ?)
                on conflict (onboarding_id) do nothing""", onboardingId, method.name(), Timestamp.from(now));
    }

    public Optional<String> method(UUID onboardingId) {
        return jdbc.query("select method from signing where onboarding_id = ?", (row, n) -> row.getString(1),
                onboardingId).stream().findFirst();
    }

    /** The signing goes on digitally (an envelope was made) or on paper (staff decided so). */
    public void changeMethod(UUID onboardingId, SigningMethod method) {
        jdbc.update("update signing set method = ? where onboarding_id = ?", method.name(), onboardingId);
    }

    public void stop(UUID onboardingId) {
        jdbc.update("update signing set status = 'STOPPED' where onboarding_id = ?", onboardingId);
    }

    public void storeScan(UUID onboardingId, String filename, byte[] content, String sha256) {
        jdbc.update("update signing set scan = ?, scan_filename = ?, scan_sha256 = ? where onboarding_id = ?",
                content, filename, sha256, onboardingId);
    }

    public Optional<Scan> scan(UUID onboardingId) {
        return jdbc.query("select scan_filename, scan from signing where onboarding_id = ? and scan is not null",
                (row, n) -> new Scan(row.getString(1), row.getBytes(2)), onboardingId).stream().findFirst();
    }

    public Optional<String> scanSha256(UUID onboardingId) {
        return jdbc.query("select scan_sha256 from signing where onboarding_id = ? and scan is not null",
                (row, n) -> row.getString(1), onboardingId).stream().findFirst();
    }

    /** The agreement is signed: when, where (on paper), by whom, recorded by whom. */
    public void signed(UUID onboardingId, SigningMethod method, LocalDate signedOn, String place, String signedBy,
                       String recordedBy, Instant now) {
        jdbc.update("""
                update signing set method = ?, status = 'SIGNED', signed_on = ?, place = coalesce(?, place),
                    signed_by = ?, recorded_by = ?, recorded_at = ? where onboarding_id = ?""", method.name(),
                signedOn, place, signedBy, recordedBy, Timestamp.from(now), onboardingId);
    }
}
