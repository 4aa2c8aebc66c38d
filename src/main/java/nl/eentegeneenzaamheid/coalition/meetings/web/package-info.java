/**
 * The meetings' REST API ({@code /api/v1/meetings}: staff schedule, move, cancel and read meetings; an invitee's
 * personal link under {@code /api/v1/meetings/{id}/invitation/{token}}) and the page the e-mailed link opens
 * ({@code /bijeenkomst/{id}/{token}}).
 */
package nl.eentegeneenzaamheid.coalition.meetings.web;
