/**
 * Cross-cutting configuration that every module relies on: security, Camunda, Kafka, HTTP errors, the start-up report.
 */
package nl.eentegeneenzaamheid.coalition.platform;
