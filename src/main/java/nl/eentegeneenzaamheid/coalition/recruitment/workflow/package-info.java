/**
 * The recruitment's Camunda adapters: the invitation process's delegates, its start and its messages.
 */
package nl.eentegeneenzaamheid.coalition.recruitment.workflow;
