/**
 * The outbox table, its relay to Kafka and its metrics: no other module uses these classes.
 */
package nl.eentegeneenzaamheid.coalition.events.internal;
