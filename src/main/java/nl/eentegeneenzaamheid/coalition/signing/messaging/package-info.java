/** Signing's Kafka adapter: reads the audit trails' witness, the heads published on the audit topic. */
package nl.eentegeneenzaamheid.coalition.signing.messaging;
