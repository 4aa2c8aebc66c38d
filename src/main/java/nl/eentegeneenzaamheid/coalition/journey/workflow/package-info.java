/**
 * The Camunda adapter of the journey: the only place that talks to the engine about {@code municipality-onboarding}.
 */
package nl.eentegeneenzaamheid.coalition.journey.workflow;
