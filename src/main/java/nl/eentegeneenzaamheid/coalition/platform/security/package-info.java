/**
 * Who may do what: one login (Camunda's identity store) for the webapps, the engine's REST API and the project's API.
 */
package nl.eentegeneenzaamheid.coalition.platform.security;
