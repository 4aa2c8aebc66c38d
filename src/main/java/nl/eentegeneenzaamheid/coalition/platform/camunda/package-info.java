/**
 * Camunda set-up shared by every process: the programme's groups, their permissions and Tasklist filters.
 */
package nl.eentegeneenzaamheid.coalition.platform.camunda;
