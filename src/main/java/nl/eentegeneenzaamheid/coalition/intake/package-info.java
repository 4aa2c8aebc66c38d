/**
 * Intake: a municipality declares its intent to build a local coalition, through the API or a Kafka command.
 */
package nl.eentegeneenzaamheid.coalition.intake;
