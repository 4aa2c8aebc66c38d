package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.SignerRole;

/**
 * Someone who is to sign a new envelope: for the municipality (its alderman) or for an accepted partner, whose id
 * and type are copied onto the signer's row.
 */
public record Party(SignerRole role, String name, String title, String organisation, String email, UUID partnerId,
                    String partnerType) {
}
