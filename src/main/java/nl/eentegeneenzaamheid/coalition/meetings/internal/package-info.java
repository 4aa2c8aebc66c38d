/**
 * The meetings' implementation, used only by the module's facade ({@code Meetings}) and by each other: the
 * {@link nl.eentegeneenzaamheid.coalition.meetings.internal.Meeting} aggregate, the repositories that own the
 * module's SQL, the link's registrations and the waiting list, the invitations, attendance and follow-ups, the input
 * rules, and the journeys that wait for a meeting. No other module uses these classes.
 */
package nl.eentegeneenzaamheid.coalition.meetings.internal;
