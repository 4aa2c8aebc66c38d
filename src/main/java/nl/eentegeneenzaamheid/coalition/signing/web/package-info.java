/**
 * The signing's REST API: the scan of a paper signing.
 */
package nl.eentegeneenzaamheid.coalition.signing.web;
