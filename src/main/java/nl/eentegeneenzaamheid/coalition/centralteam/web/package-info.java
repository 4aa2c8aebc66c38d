/**
 * The onboarding's REST API: the municipality's local plan.
 */
package nl.eentegeneenzaamheid.coalition.centralteam.web;
