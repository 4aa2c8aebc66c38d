package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingCancelled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingFollowUpCreated;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingInvitationSent;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingReminded;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingRescheduled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingScheduled;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationCancelled;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationReceived;
import nl.eentegeneenzaamheid.coalition.meetings.WaitlistPromoted;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;
import nl.eentegeneenzaamheid.coalition.notifications.NotificationsProperties;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The aldermen's meetings' mails (docs/notifications.md): invitations with the personal link, confirmations, the
 * waiting list, reminders, moves and cancellations, each with the meeting's calendar file where a calendar should
 * change, and the invitation to declare an intent after a meeting. What it needs it remembers from the meeting's
 * events ({@link MeetingMemory}); the texts are {@code meeting.*} in the mail texts.
 */
@Component
class MeetingMails extends EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(MeetingMails.class);
    static final String TEMPLATE = "meeting";

    private final MeetingMemory memory;
    private final SecretHandover handover;
    private final MailTexts texts;
    private final MeetingCalendar calendar;
    private final String staffAddress;
    private final String publicUrl;
    MeetingMails(MeetingMemory memory, SecretHandover handover, MailTexts texts, NotificationsProperties properties,
                 @Value("${coalition.public-url}") String publicUrl) {
        this.memory = memory;
        this.handover = handover;
        this.texts = texts;
        this.calendar = new MeetingCalendar(texts);
        this.staffAddress = properties.staffAddress();
        this.publicUrl = publicUrl;
        on(MeetingScheduled.class, (event, mails) -> memory.rememberMeeting(event.data()));
        on(MeetingRescheduled.class, this::rescheduled);
        on(MeetingCancelled.class, this::cancelled);
        on(MeetingInvitationSent.class, this::invitation);
        on(RegistrationReceived.class, this::registration);
        on(RegistrationCancelled.class, (event, mails) -> {
            memory.status(event.uuid("invitationId"), "CANCELLED");
            one(event, "meeting.registration-cancelled", true, false, mails, intro("meeting.registration-cancelled",
                    2, Map.of()));
        });
        on(WaitlistPromoted.class, (event, mails) -> {
            memory.status(event.uuid("invitationId"), "REGISTERED");
            one(event, "meeting.promoted", false, true, mails, List.of(texts.get("meeting.promoted.intro")));
        });
        on(MeetingReminded.class, this::reminder);
        on(MeetingFollowUpCreated.class, (event, mails) -> {
            if ("INTENT_INVITATION".equals(event.text("kind"))) {
                mails.add(intentInvitation(event));
            }
        });
    }

    private void rescheduled(MailEvent event, List<Notification> mails) {
        memory.rememberMeeting(event.data());
        everyone(event, "meeting.rescheduled", false, mails, List.of(texts.get("meeting.rescheduled.intro",
                Map.of("title", event.text("title"), "reason", reason(event)))));
    }

    private void cancelled(MailEvent event, List<Notification> mails) {
        memory.cancel(event.uuid("meetingId"), event.data().path("sequence").asInt());
        everyone(event, "meeting.cancelled", true, mails, intro("meeting.cancelled", 2,
                Map.of("title", event.text("title"), "reason", reason(event))));
    }

    private void invitation(MailEvent event, List<Notification> mails) {
        UUID meetingId = event.uuid("meetingId");
        // the invitation carries the meeting as it is now: enough even when its MeetingScheduled was not seen
        memory.rememberMeeting(event.data());
        memory.invited(event.uuid("invitationId"), meetingId, event.text("inviteeName"), event.text("inviteeEmail"));
        Optional<String> token = event.secret() == null ? Optional.empty()
                : handover.read(event.secret(), HandoverPurposes.MEETING_LINK);
        if (token.isEmpty()) {
            log.warn("The link for meeting invitation {} is no longer in the hand-over (expired or sent): not mailed",
                    event.text("invitationId"));
            return;
        }
        mails.add(invitation(event, memory.meeting(meetingId).orElseThrow(), token.get()));
    }

    /** The invitation, or the news that a colleague registered the invitee in their place, with the personal link. */
    Notification invitation(MailEvent event, MeetingCalendar.Entry entry, String token) {
        boolean delegated = "DELEGATED".equals(event.text("source"));
        String name = event.text("inviteeName");
        Map<String, Object> values = Map.of("municipality", event.text("municipalityName"), "title", entry.title(),
                "delegatedBy", event.text("delegatedBy"), "moment", Texts.moment(entry.startsAt()));
        List<String> intro = delegated ? List.of(texts.get("meeting.delegated.intro", values))
                : intro("meeting.invitation", 2, values);
        Map<String, Object> model = model(entry, name, intro);
        model.put("hosts", MeetingMemory.text(event.data(), "hosts"));
        model.put("link", publicUrl + "/bijeenkomst/" + entry.meetingId() + "/" + token);
        model.put("calendar", true);
        return new Notification(event.text("inviteeEmail"), TEMPLATE, texts.get(delegated
                ? "meeting.delegated.subject" : "meeting.invitation.subject", values), model,
                calendar.file(entry, staffAddress, name, event.text("inviteeEmail"), false, delegated));
    }

    private void registration(MailEvent event, List<Notification> mails) {
        String status = event.text("status");
        memory.registration(event.uuid("invitationId"), event.text("attendeeName"), event.text("attendeeEmail"),
                status);
        switch (status) {
            case "REGISTERED" -> one(event, "meeting.registered", false, true, mails,
                    intro("meeting.registered", 2, Map.of()));
            case "WAITLISTED" -> one(event, "meeting.waitlisted", false, false, mails, intro("meeting.waitlisted", 2,
                    Map.of("position", event.data().path("waitlistPosition").asInt())));
            default -> {
                // a decline needs no mail
            }
        }
    }

    private void reminder(MailEvent event, List<Notification> mails) {
        UUID meetingId = event.uuid("meetingId");
        Optional<MeetingCalendar.Entry> entry = memory.meeting(meetingId);
        if (entry.isEmpty()) {
            return;
        }
        String when = texts.get("WEEK".equals(event.text("reminder")) ? "meeting.reminder.week"
                : "meeting.reminder.day");
        for (Map<String, Object> invitee : memory.registered(meetingId)) {
            Map<String, Object> model = model(entry.get(), (String) invitee.get("name"),
                    List.of(texts.get("meeting.reminder.intro", Map.of("when", when))));
            mails.add(Notification.of((String) invitee.get("email"), TEMPLATE, texts.get("meeting.reminder.subject",
                    Map.of("title", entry.get().title(), "when", when)), model));
        }
    }

    /** After a meeting: the invitation to declare the municipality's intent. */
    Notification intentInvitation(MailEvent event) {
        Map<String, Object> values = Map.of("municipality", event.text("municipalityName"), "publicUrl", publicUrl);
        Map<String, Object> model = new HashMap<>();
        model.put("name", event.text("attendeeName"));
        model.put("intro", intro("meeting.intent-invitation", 3, values));
        model.put("calendar", false);
        return new Notification(event.text("attendeeEmail"), TEMPLATE,
                texts.get("meeting.intent-invitation.subject", values), model, null);
    }

    /** A mail to the invitation's attendee about their registration, with the subject {@code <kind>.subject}. */
    private void one(MailEvent event, String kind, boolean cancel, boolean withCalendar, List<Notification> mails,
                     List<String> intro) {
        String subject = texts.get(kind + ".subject");
        Optional<MeetingCalendar.Entry> entry = memory.meeting(event.uuid("meetingId"));
        if (entry.isEmpty()) {
            log.warn("Meeting {} unknown to notifications: {} not mailed", event.text("meetingId"), subject);
            return;
        }
        String name = event.text("attendeeName");
        String email = event.text("attendeeEmail");
        Map<String, Object> model = model(entry.get(), name, intro);
        model.put("calendar", withCalendar || cancel);
        mails.add(new Notification(email, TEMPLATE, subject, model, withCalendar || cancel
                ? calendar.file(entry.get(), staffAddress, name, email, cancel, true) : null));
    }

    /** A mail to everyone the meeting concerns: invited, registered, waitlisted (not who declined or cancelled). */
    private void everyone(MailEvent event, String kind, boolean cancel, List<Notification> mails,
                          List<String> intro) {
        UUID meetingId = event.uuid("meetingId");
        Optional<MeetingCalendar.Entry> entry = memory.meeting(meetingId);
        if (entry.isEmpty()) {
            return;
        }
        String subject = texts.get(kind + ".subject", Map.of("title", entry.get().title()));
        for (Map<String, Object> invitee : memory.concerned(meetingId)) {
            String name = (String) invitee.get("name");
            String email = (String) invitee.get("email");
            Map<String, Object> model = model(entry.get(), name, intro);
            model.put("calendar", true);
            mails.add(new Notification(email, TEMPLATE, subject, model, calendar.file(entry.get(), staffAddress,
                    name, email, cancel, "REGISTERED".equals(invitee.get("status")))));
        }
    }

    static Map<String, Object> model(MeetingCalendar.Entry entry, String name, List<String> intro) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("intro", intro);
        model.put("title", entry.title());
        model.put("when", Texts.period(entry.startsAt(), entry.endsAt()));
        model.put("place", entry.place());
        model.put("onlineUrl", entry.onlineUrl());
        model.put("programme", entry.programme());
        model.put("calendar", false);
        return model;
    }

    /** The paragraphs {@code <kind>.intro.1} to {@code <kind>.intro.<count>}. */
    private List<String> intro(String kind, int count, Map<String, Object> values) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> texts.get(kind + ".intro." + n, values)).toList();
    }

    private String reason(MailEvent event) {
        String reason = MeetingMemory.text(event.data(), "reason");
        return reason == null ? "" : texts.get("meeting.reason", Map.of("reason", reason));
    }
}
