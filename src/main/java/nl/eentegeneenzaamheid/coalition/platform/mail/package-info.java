/**
 * E-mail to people: written to an outbox in the transaction that decides to send it, rendered from Dutch Thymeleaf
 * templates (HTML and plain text), and handed to the SMTP server by a relay that retries with backoff and wipes the
 * bodies (which may carry a link's token or a one-time code) once the server has accepted them.
 */
package nl.eentegeneenzaamheid.coalition.platform.mail;
