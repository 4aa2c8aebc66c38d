/**
 * The signing module's implementations, for its own packages only: the repositories that own the tables
 * ({@code EnvelopeRepository}: {@code envelope}, {@code envelope_signer}; {@code SigningRecords}: {@code signing};
 * {@code AuditTrail}: {@code signing_audit}), the one-time codes, the agreement's drafts, the settings and the ports
 * the adapters implement ({@code SigningWorkflow}, {@code AuditWitness}).
 */
package nl.eentegeneenzaamheid.coalition.signing.internal;
