/**
 * The meetings' Camunda adapters: the {@code aldermen-meeting} process's delegates, listeners and timers, its start
 * and its messages, and the journey's wait for a meeting.
 */
package nl.eentegeneenzaamheid.coalition.meetings.workflow;
