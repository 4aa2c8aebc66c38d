/**
 * Domain events: how a module records that something happened ({@link nl.eentegeneenzaamheid.coalition.events.Outbox}),
 * and how those records reach Kafka as CloudEvents, in order per municipality, through a transactional outbox.
 */
package nl.eentegeneenzaamheid.coalition.events;
