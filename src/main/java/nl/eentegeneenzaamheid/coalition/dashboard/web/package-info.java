/**
 * The dashboard page ({@code /dashboard}, with its server-sent event stream) and its public JSON summary.
 */
package nl.eentegeneenzaamheid.coalition.dashboard.web;
