package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;

/**
 * The calendar file (iCalendar, RFC 5545 and 5546) a meeting's mails carry. One event per meeting, with the meeting's
 * id as its UID: a later file with a higher SEQUENCE updates the entry in the attendee's calendar (METHOD:REQUEST),
 * or removes it (METHOD:CANCEL).
 */
final class MeetingCalendar {

    static final String FILENAME = "wethoudersbijeenkomst.ics";

    /** What the calendar entry says. */
    record Entry(UUID meetingId, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                 String programme, int sequence) {
    }

    private final MailTexts texts;

    MeetingCalendar(MailTexts texts) {
        this.texts = texts;
    }

    /**
     * @param cancel   true: the entry is removed (the meeting is cancelled, or the attendee cancelled)
     * @param accepted true: the attendee is registered
     */
    Notification.Attachment file(Entry entry, String organizerAddress, String attendeeName,
                                        String attendeeEmail, boolean cancel, boolean accepted) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Eén tegen eenzaamheid//Coalitie tegen eenzaamheid//NL");
        calendar.setMethod(cancel ? Method.cancel() : Method.request());
        VEvent event = new VEvent();
        event.setUid(uid(entry.meetingId()));
        event.setSequence(entry.sequence());
        event.setDateTimeStamp(new Date());
        event.setDateStart(Date.from(entry.startsAt()));
        event.setDateEnd(Date.from(entry.endsAt()));
        event.setSummary(entry.title());
        event.setLocation(entry.place() != null ? entry.place() : entry.onlineUrl());
        if (entry.onlineUrl() != null) {
            event.setUrl(entry.onlineUrl());
        }
        StringBuilder description = new StringBuilder();
        if (entry.programme() != null) {
            description.append(entry.programme()).append("\n\n");
        }
        if (entry.onlineUrl() != null) {
            description.append(texts.get("calendar.online", java.util.Map.of("onlineUrl", entry.onlineUrl())))
                    .append("\n");
        }
        // never the personal link: calendar entries are shared and forwarded, and the link acts for whoever has it
        description.append(texts.get("calendar.personal-link"));
        event.setDescription(description.toString().strip());
        event.setOrganizer(new Organizer(texts.get("calendar.organizer"), organizerAddress));
        Attendee attendee = new Attendee(attendeeName, attendeeEmail);
        attendee.setParticipationStatus(cancel ? ParticipationStatus.DECLINED : accepted
                ? ParticipationStatus.ACCEPTED : ParticipationStatus.NEEDS_ACTION);
        attendee.setRsvp(false);
        event.addAttendee(attendee);
        event.setStatus(cancel ? Status.cancelled() : Status.confirmed());
        calendar.addEvent(event);
        // a name with a double quote or a line break ("Johannes "Hans" de Vries") is a valid parameter value only
        // with RFC 6868's caret encoding (^' and ^n), which calendar programs decode
        String text = Biweekly.write(calendar).caretEncoding(true).go();
        return new Notification.Attachment(FILENAME, text.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + (cancel ? "CANCEL" : "REQUEST"));
    }

    static String uid(UUID meetingId) {
        return meetingId + "@wethoudersbijeenkomst.eentegeneenzaamheid.nl";
    }
}
