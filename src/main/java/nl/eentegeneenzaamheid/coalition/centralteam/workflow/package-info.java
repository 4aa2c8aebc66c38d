/**
 * The central onboarding's Camunda adapters: the delegates of the advisers' tasks and the local plan's message.
 */
package nl.eentegeneenzaamheid.coalition.centralteam.workflow;
