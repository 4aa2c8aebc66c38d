/**
 * A municipality's journey (its onboarding) from intent to joined: the onboarding record, its stage, and the
 * {@code municipality-onboarding} process that steers it.
 */
package nl.eentegeneenzaamheid.coalition.journey;
