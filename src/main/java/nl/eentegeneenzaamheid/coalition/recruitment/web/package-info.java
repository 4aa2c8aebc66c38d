/**
 * The recruitment's REST API under {@code /api/v1/onboardings/{id}/partners}.
 */
package nl.eentegeneenzaamheid.coalition.recruitment.web;
