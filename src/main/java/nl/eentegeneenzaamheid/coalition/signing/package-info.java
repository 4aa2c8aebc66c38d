/**
 * Signing the coalition agreement: digitally (the default: an {@link nl.eentegeneenzaamheid.coalition.signing.Envelope}
 * per version of the agreement, its signers asked by e-mailed link and one-time code) or on paper (staff record the
 * signing with its scan). The module's API is this package: the facades {@code Signing}, {@code Envelopes},
 * {@code SignerLinks} and {@code Sealing}, the {@code Envelope} aggregate, its value types, events and exceptions.
 * The repositories and the other implementations are in {@code internal}.
 */
package nl.eentegeneenzaamheid.coalition.signing;
