/**
 * The intake's REST API: {@code POST /api/v1/intents}.
 */
package nl.eentegeneenzaamheid.coalition.intake.web;
