/**
 * How an event becomes its mails: one composer per family of events ({@link
 * nl.eentegeneenzaamheid.coalition.notifications.internal.JourneyMails}, {@code PartnerMails}, {@code SigningMails},
 * {@code MeetingMails}), found by event type in {@code MailComposers};
 * what the module remembers from the events ({@code NotificationMemory}, {@code MeetingMemory}); and the mails'
 * texts ({@link nl.eentegeneenzaamheid.coalition.notifications.internal.MailTexts}, from
 * {@code messages/notifications.properties}). No other module uses these classes.
 */
package nl.eentegeneenzaamheid.coalition.notifications.internal;
