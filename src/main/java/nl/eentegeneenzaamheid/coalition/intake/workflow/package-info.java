/**
 * The intake's Camunda adapters: the review's delegates and the correlation of a municipality's answer.
 */
package nl.eentegeneenzaamheid.coalition.intake.workflow;
