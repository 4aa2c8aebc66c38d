package nl.eentegeneenzaamheid.coalition.signing.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the agreement says: the municipality, its alderman and the partners who sign with it.
 *
 * @param version the document's version within the onboarding (a new version when signers are left out)
 */
public record Agreement(
        UUID envelopeId,
        int version,
        String municipalityName,
        String province,
        String aldermanName,
        List<Party> partners,
        LocalDate date) {

    /** A partner in the coalition and the person who signs for it. */
    public record Party(String organisation, String kind, String signerName, String signerTitle) {
    }
}
