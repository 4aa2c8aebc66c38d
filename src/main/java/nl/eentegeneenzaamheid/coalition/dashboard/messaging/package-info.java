/**
 * The dashboard's Kafka consumer: its own group ({@code coalition-dashboard}) on the events topic.
 */
package nl.eentegeneenzaamheid.coalition.dashboard.messaging;
