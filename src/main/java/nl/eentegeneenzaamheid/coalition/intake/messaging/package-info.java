/**
 * The intake's Kafka side: {@code RegisterIntent} commands on {@code coalition.onboarding.commands.v1}.
 */
package nl.eentegeneenzaamheid.coalition.intake.messaging;
