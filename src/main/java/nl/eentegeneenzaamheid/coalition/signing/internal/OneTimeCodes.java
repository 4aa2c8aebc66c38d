package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.CodeRejectedException;
import nl.eentegeneenzaamheid.coalition.signing.seal.Seal;
import org.springframework.stereotype.Component;

/**
 * The one-time codes a signer confirms a signature with: six digits, valid for a while, a limited number of wrong tries
 * and of codes per link. Only a keyed hash is stored.
 */
@Component
public class OneTimeCodes {

    private final byte[] codeKey;
    private final EnvelopeRepository repository;
    private final AuditTrail audit;
    private final SigningProperties properties;
    private final Clock clock;

    OneTimeCodes(EnvelopeRepository repository, AuditTrail audit, SigningProperties properties, Clock clock,
                 Seal seal) {
        this.codeKey = seal.derivedSecret("one-time-code");
        this.repository = repository;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new code and until when it works. */
    public record Issued(String code, Instant expiresAt, Instant issuedAt) {
    }

    /**
     * A new code for the signer; the previous one stops working.
     *
     * @throws CodeRejectedException (TOO_MANY_REQUESTS) when a code was sent too recently or too many were sent
     */
    public Issued issue(SignerCode current) {
        Instant now = Instant.now(clock);
        SigningProperties.Code settings = properties.code();
        if (current.sends() >= settings.maxSends()) {
            throw new CodeRejectedException(CodeRejectedException.Reason.TOO_MANY_REQUESTS, SigningTexts.TEXTS
                    .text("code.too-many-sends", Map.of("sends", current.sends())), null, null);
        }
        if (current.sentAt() != null && current.sentAt().plus(settings.resendInterval()).isAfter(now)) {
            Duration wait = Duration.between(now, current.sentAt().plus(settings.resendInterval()));
            throw new CodeRejectedException(CodeRejectedException.Reason.TOO_MANY_REQUESTS, SigningTexts.TEXTS
                    .text("code.too-soon", Map.of("seconds", Math.max(1, wait.toSeconds()))), wait, null);
        }
        String code = Secrets.sixDigitCode();
        Instant expiresAt = now.plus(settings.validity());
        repository.storeCode(current.signerId(), hash(current.signerId(), code), expiresAt, now);
        return new Issued(code, expiresAt, now);
    }

    /**
     * Accepts the right code; a wrong one is counted and written in the trail (the caller's transaction must not roll
     * back for it).
     *
     * @throws CodeRejectedException when the code is missing, wrong, locked or expired
     */
    public void check(SignerCode current, String code, Actor actor, String documentSha256) {
        SigningProperties.Code settings = properties.code();
        if (current.hash() == null) {
            String message = current.attempts() >= settings.maxAttempts()
                    ? SigningTexts.TEXTS.text("code.locked", Map.of("attempts", settings.maxAttempts()))
                    : SigningTexts.TEXTS.text("code.missing");
            throw new CodeRejectedException(current.attempts() >= settings.maxAttempts()
                    ? CodeRejectedException.Reason.LOCKED : CodeRejectedException.Reason.MISSING, message, null, null);
        }
        if (!Instant.now(clock).isBefore(current.expiresAt())) {
            throw new CodeRejectedException(CodeRejectedException.Reason.EXPIRED,
                    SigningTexts.TEXTS.text("code.expired"), null, null);
        }
        String entered = code == null ? "" : code.replaceAll("\\s", "");
        if (entered.matches("\\d{6}") && hash(current.signerId(), entered).equals(current.hash())) {
            return;
        }
        int attempts = current.attempts() + 1;
        boolean locked = attempts >= settings.maxAttempts();
        repository.recordWrongCode(current.signerId(), attempts, locked);
        audit.append(current.envelopeId(), "code-wrong", actor, documentSha256, SigningTexts.TEXTS.text(
                locked ? "audit.code-wrong-locked" : "audit.code-wrong",
                Map.of("attempts", attempts, "maximum", settings.maxAttempts())));
        if (locked) {
            throw new CodeRejectedException(CodeRejectedException.Reason.LOCKED, SigningTexts.TEXTS
                    .text("code.wrong-now-locked", Map.of("attempts", settings.maxAttempts())), null, 0);
        }
        int left = settings.maxAttempts() - attempts;
        throw new CodeRejectedException(CodeRejectedException.Reason.WRONG, SigningTexts.TEXTS.text("code.wrong",
                Map.of("left", left)), null, left);
    }

    /**
     * A keyed hash (HMAC-SHA256 under a secret derived from the seal): six digits have a million values, so a plain
     * hash in a leaked database would be reversed in a second; without the key it cannot be.
     */
    private String hash(UUID signerId, String code) {
        return Digests.hmacSha256(codeKey, signerId + ":" + code);
    }
}
