package nl.eentegeneenzaamheid.coalition.meetings;

/** The reminders before a meeting. */
public enum Reminder {
    WEEK,
    DAY
}
