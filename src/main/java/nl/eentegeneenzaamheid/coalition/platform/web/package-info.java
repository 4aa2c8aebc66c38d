/**
 * HTTP errors as RFC 9457 problem details, with a type, a title a person can act on, and the fields that were wrong.
 */
package nl.eentegeneenzaamheid.coalition.platform.web;
