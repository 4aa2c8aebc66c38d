/**
 * The signing's Camunda adapters: the {@code coalition-signing} process's delegates.
 */
package nl.eentegeneenzaamheid.coalition.signing.workflow;
