/**
 * The notifications' Kafka consumer (group {@code coalition-notifications}) and its dead-letter topic.
 */
package nl.eentegeneenzaamheid.coalition.notifications.messaging;
