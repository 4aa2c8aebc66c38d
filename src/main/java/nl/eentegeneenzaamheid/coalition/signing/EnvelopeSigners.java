package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An envelope's signers in their order, and which of them changed since the envelope was loaded. */
final class EnvelopeSigners {

    private final List<Envelope.Signer> signers;
    private final Set<UUID> changed = new LinkedHashSet<>();

    EnvelopeSigners(List<Envelope.Signer> signers) {
        this.signers = new ArrayList<>(signers);
    }

    /** New signers, each waiting for their round in this order. */
    static List<Envelope.Signer> waiting(SigningOrder order, List<Envelope.Signer> parties) {
        return parties.stream().map(p -> new Envelope.Signer(UUID.randomUUID(), p.role(), p.name(), p.title(),
                p.organisation(), p.email(), order.roundOf(p.role()), SignerStatus.WAITING, null, null, null, null,
                null, null)).toList();
    }

    List<Envelope.Signer> all() {
        return List.copyOf(signers);
    }

    List<Envelope.Signer> changed() {
        return signers.stream().filter(s -> changed.contains(s.id())).toList();
    }

    int size() {
        return signers.size();
    }

    Envelope.Signer find(UUID signerId) {
        return signers.stream().filter(s -> s.id().equals(signerId)).findFirst()
                .orElseThrow(() -> new EnvelopeStateException("The signer " + signerId + " is not in the envelope"));
    }

    /** A (new) link went to a signer who has not answered: their earlier link, if any, is dead. */
    Envelope.Signer linkSent(UUID signerId, Instant now, Instant expiresAt) {
        Envelope.Signer s = withoutAnswer(signerId);
        return replace(with(s, s.round(), SignerStatus.SENT, now, expiresAt, null, null, null, null));
    }

    /** A signer with a link signed with their typed name. */
    Envelope.Signer signed(UUID signerId, String signedName, Instant now) {
        Envelope.Signer s = withLink(signerId);
        return replace(with(s, s.round(), SignerStatus.SIGNED, s.sentAt(), s.linkExpiresAt(), now, signedName, null,
                null));
    }

    /** A signer with a link declined, with their reason. */
    Envelope.Signer declined(UUID signerId, String reason, Instant now) {
        Envelope.Signer s = withLink(signerId);
        return replace(with(s, s.round(), SignerStatus.DECLINED, s.sentAt(), s.linkExpiresAt(), null, null, now,
                reason));
    }

    /** A signer who must be able to answer: one with a link. */
    private Envelope.Signer withLink(UUID signerId) {
        Envelope.Signer signer = find(signerId);
        if (!signer.status().hasLink()) {
            throw new EnvelopeStateException("The signer is " + signer.status() + ": only a signer with a link can "
                    + "answer");
        }
        return signer;
    }

    /** A signer who has not answered (only they get a link). */
    private Envelope.Signer withoutAnswer(UUID signerId) {
        Envelope.Signer signer = find(signerId);
        if (signer.status().answered()) {
            throw new EnvelopeStateException("The signer has " + signer.status() + ": no new link");
        }
        return signer;
    }

    Envelope.Signer replace(Envelope.Signer updated) {
        for (int i = 0; i < signers.size(); i++) {
            if (signers.get(i).id().equals(updated.id())) {
                signers.set(i, updated);
                changed.add(updated.id());
                return updated;
            }
        }
        throw new EnvelopeStateException("The signer " + updated.id() + " is not in the envelope");
    }

    /** The signers of the current round (the lowest with someone who has not signed) who have no link yet. */
    List<Envelope.Signer> dueForLink() {
        Integer round = signers.stream().filter(s -> s.status() != SignerStatus.SIGNED).map(Envelope.Signer::round)
                .min(Integer::compare).orElse(null);
        return round == null ? List.of() : signers.stream()
                .filter(s -> s.round() == round && s.status() == SignerStatus.WAITING).toList();
    }

    /** Each signer in their round of the new order; whoever is no longer in the first round loses their link. */
    void reorder(SigningOrder order) {
        int first = signers.stream().mapToInt(s -> order.roundOf(s.role())).min().orElse(1);
        for (Envelope.Signer signer : all()) {
            int round = order.roundOf(signer.role());
            replace(round != first && signer.status() == SignerStatus.SENT ? waiting(signer, round)
                    : with(signer, round, signer.status(), signer.sentAt(), signer.linkExpiresAt(), signer.signedAt(),
                    signer.signedName(), signer.declinedAt(), signer.declineReason()));
        }
    }

    /** Everyone who has not signed waits for a new link; a decline is set aside. */
    void askAgainWhoHasNotSigned() {
        all().stream().filter(s -> s.status() != SignerStatus.SIGNED).forEach(s -> replace(waiting(s, s.round())));
    }

    List<Envelope.Signer> inStatus(SignerStatus status) {
        return signers.stream().filter(s -> s.status() == status).toList();
    }

    boolean allSigned() {
        return signers.stream().allMatch(s -> s.status() == SignerStatus.SIGNED);
    }

    /** Waits for their turn, without a link (and without a decline, which staff set aside). */
    private static Envelope.Signer waiting(Envelope.Signer s, int round) {
        return with(s, round, SignerStatus.WAITING, s.sentAt(), null, null, null, null, null);
    }

    private static Envelope.Signer with(Envelope.Signer s, int round, SignerStatus status, Instant sentAt,
                                        Instant linkExpiresAt, Instant signedAt, String signedName,
                                        Instant declinedAt, String declineReason) {
        return new Envelope.Signer(s.id(), s.role(), s.name(), s.title(), s.organisation(), s.email(), round, status,
                sentAt, linkExpiresAt, signedAt, signedName, declinedAt, declineReason);
    }
}
