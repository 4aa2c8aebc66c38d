/**
 * The notifications' engine adapter: the overdue tasks for the staff's daily digest, through the engine's task query
 * (the same one Tasklist's filter "Te laat" makes).
 */
package nl.eentegeneenzaamheid.coalition.notifications.workflow;
