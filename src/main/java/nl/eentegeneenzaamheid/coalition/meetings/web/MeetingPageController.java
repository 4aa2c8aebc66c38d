package nl.eentegeneenzaamheid.coalition.meetings.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.meetings.InvalidMeetingException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingLinkRefusedException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationStatus;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingTexts.TEXTS;

/**
 * The page an invitee's e-mailed link opens: Dutch, server-rendered, without JavaScript. Register, cancel, send a
 * colleague or decline; the API under {@code /api/v1/meetings/{id}/invitation/{token}} does the same for systems.
 */
@Controller
@RequestMapping("/bijeenkomst/{meetingId}/{token}")
class MeetingPageController {

    private final Meetings meetings;

    MeetingPageController(Meetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    String page(@PathVariable UUID meetingId, @PathVariable String token, Model model) {
        MeetingViews.Link view = meetings.view(meetingId, token);
        RegistrationStatus status = view.status();
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        model.addAttribute("when", Texts.period(view.startsAt(), view.endsAt()));
        model.addAttribute("canRegister", status != RegistrationStatus.REGISTERED
                && status != RegistrationStatus.WAITLISTED);
        model.addAttribute("canCancel", status == RegistrationStatus.REGISTERED
                || status == RegistrationStatus.WAITLISTED);
        model.addAttribute("canDecline", status == RegistrationStatus.INVITED);
        model.addAttribute("statusText", statusText(view));
        return "meeting/page";
    }

    private static String statusText(MeetingViews.Link view) {
        if (!view.open()) {
            return switch (view.meetingStatus()) {
                case "CANCELLED" -> TEXTS.text("page.cancelled");
                case "SCHEDULED" -> TEXTS.text("page.begun");
                default -> TEXTS.text("page.over");
            };
        }
        return switch (view.status()) {
            case INVITED -> TEXTS.text("page.invited", Map.of("municipality", view.municipalityName()));
            case REGISTERED -> TEXTS.text("page.registered", Map.of("attendee", view.attendeeName(),
                    "municipality", view.municipalityName()));
            case WAITLISTED -> TEXTS.text("page.waitlisted", Map.of("attendee", view.attendeeName(),
                    "position", String.valueOf(view.waitlistPosition())));
            case DECLINED -> TEXTS.text("page.declined");
            case CANCELLED -> TEXTS.text("page.cancelled-registration");
        };
    }

    @PostMapping("/aanmelden")
    String register(@PathVariable UUID meetingId, @PathVariable String token) {
        meetings.register(meetingId, token);
        return "redirect:/bijeenkomst/" + meetingId + "/" + token;
    }

    @PostMapping("/afmelden")
    String cancel(@PathVariable UUID meetingId, @PathVariable String token) {
        meetings.cancelRegistration(meetingId, token);
        return "redirect:/bijeenkomst/" + meetingId + "/" + token;
    }

    @PostMapping("/niet-komen")
    String decline(@PathVariable UUID meetingId, @PathVariable String token,
                   @RequestParam(defaultValue = "") String reason) {
        meetings.decline(meetingId, token, reason);
        return "redirect:/bijeenkomst/" + meetingId + "/" + token;
    }

    @PostMapping("/collega")
    String delegate(@PathVariable UUID meetingId, @PathVariable String token,
                    @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
                    RedirectAttributes redirect, Model model) {
        try {
            meetings.delegate(meetingId, token, name, email);
        } catch (InvalidMeetingException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/bijeenkomst/" + meetingId + "/" + token + "#collega";
        }
        model.addAttribute("message", TEXTS.text("page.delegated",
                Map.of("name", name.strip())));
        model.addAttribute("done", true);
        return "meeting/closed";
    }

    @ExceptionHandler(InvalidMeetingException.class)
    String invalid(InvalidMeetingException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("message", TEXTS.text("page.invalid",
                Map.of("problem", String.valueOf(e.getMessage()))));
        model.addAttribute("done", false);
        return "meeting/closed";
    }

    @ExceptionHandler(MeetingLinkRefusedException.class)
    String refused(MeetingLinkRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(e.reason().status());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("done", false);
        return "meeting/closed";
    }
}
