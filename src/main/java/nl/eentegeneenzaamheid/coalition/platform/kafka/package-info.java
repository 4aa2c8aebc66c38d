/**
 * Kafka: the topics this application owns, how a failing inbound message is dead-lettered, and Kafka's health.
 */
package nl.eentegeneenzaamheid.coalition.platform.kafka;
