/**
 * The hand-over of secrets (link tokens, one-time codes) from the module that makes them to the notifications module
 * that mails them, outside every event, log line and metric: see docs/decisions/0005-secret-handover.md.
 */
package nl.eentegeneenzaamheid.coalition.platform.handover;
