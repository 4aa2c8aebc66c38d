/**
 * The journey's read API under {@code /api/v1/onboardings}.
 */
package nl.eentegeneenzaamheid.coalition.journey.web;
