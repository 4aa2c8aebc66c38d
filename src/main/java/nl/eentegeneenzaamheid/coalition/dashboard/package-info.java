/**
 * The live national dashboard: a read model fed only by the events topic (its own consumer group and tables, never
 * another module's tables or the engine's), which applies each event once, can be rebuilt from the topic, and pushes
 * its aggregates to the page with server-sent events. Aggregates only: no person appears in it.
 */
package nl.eentegeneenzaamheid.coalition.dashboard;
