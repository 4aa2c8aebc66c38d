/**
 * Every e-mail the journey and the signing need, sent from the events by this module alone. It behaves as a separate
 * service: it reads the events topic with its own consumer group, keeps whom to write to in its own tables, takes the
 * secrets links and codes need from the hand-over (never from an event), and mails each event to each recipient once.
 * The sealed agreement comes from the signing module's public service; the staff's daily digest from the engine's
 * task query (workflow/).
 */
package nl.eentegeneenzaamheid.coalition.notifications;
