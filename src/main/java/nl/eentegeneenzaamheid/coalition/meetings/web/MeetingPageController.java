package nl.eentegeneenzaamheid.coalition.meetings.web;

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
                case "CANCELLED" -> "Deze bijeenkomst is geannuleerd.";
                case "SCHEDULED" -> "De bijeenkomst is begonnen: aanmelden en afmelden kan niet meer.";
                default -> "Deze bijeenkomst is voorbij. Dank voor uw belangstelling.";
            };
        }
        return switch (view.status()) {
            case INVITED -> "U bent uitgenodigd namens " + view.municipalityName() + ". Komt u?";
            case REGISTERED -> view.attendeeName() + " is aangemeld namens " + view.municipalityName()
                    + ". U ontvangt een bevestiging met een agenda-bestand.";
            case WAITLISTED -> "De bijeenkomst is vol: " + view.attendeeName() + " staat op de wachtlijst (plaats "
                    + view.waitlistPosition() + "). Komt er een plaats vrij, dan bent u automatisch aangemeld en "
                    + "krijgt u bericht.";
            case DECLINED -> "U heeft laten weten niet te komen. Toch komen? Meld u alsnog aan.";
            case CANCELLED -> "U heeft zich afgemeld. Toch komen? Meld u opnieuw aan.";
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
        model.addAttribute("message", "Dank u wel: " + name.strip() + " is in uw plaats aangemeld en krijgt een "
                + "eigen link per e-mail. Deze link werkt daarom niet meer.");
        model.addAttribute("done", true);
        return "meeting/closed";
    }

    @ExceptionHandler(InvalidMeetingException.class)
    String invalid(InvalidMeetingException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("message", e.getMessage() + " Ga terug en probeer het opnieuw.");
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
