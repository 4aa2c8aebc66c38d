package nl.eentegeneenzaamheid.coalition.recruitment.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationClosedException;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationNotFoundException;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationStatus;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationView;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static nl.eentegeneenzaamheid.coalition.recruitment.internal.RecruitmentTexts.TEXTS;

/**
 * The page a partner's e-mailed link opens: Dutch, server-rendered, without JavaScript. The partner joins (naming who
 * signs the agreement, and where that person receives the signing request) or declines with a reason; the API under
 * {@code /api/v1/invitations/{token}} does the same for systems.
 */
@Controller
@RequestMapping("/uitnodiging/{token}")
class InvitationPageController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String page(@PathVariable String token, Model model) {
        InvitationView view = invitations.view(token);
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        model.addAttribute("expiresOn", DAY.format(view.expiresAt()));
        model.addAttribute("open", view.status() == InvitationStatus.PENDING);
        model.addAttribute("answer", switch (view.status()) {
            case ACCEPTED -> TEXTS.text("page.accepted", Map.of("organisation", view.organisationName()));
            case DECLINED -> TEXTS.text("page.declined", Map.of("organisation", view.organisationName()));
            case EXPIRED -> TEXTS.text("page.expired");
            case WITHDRAWN -> TEXTS.text("page.withdrawn");
            case PENDING -> null;
        });
        return "invitation/page";
    }

    @PostMapping("/meedoen")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String signerName,
                  @RequestParam(defaultValue = "") String signerRole,
                  @RequestParam(defaultValue = "") String signerEmail, RedirectAttributes redirect) {
        String problem = signerName.isBlank() || signerName.length() > 200 ? TEXTS.text("page.signer-name-missing")
                : signerRole.isBlank() || signerRole.length() > 200 ? TEXTS.text("page.signer-role-missing")
                : !signerEmail.isBlank() && (!Texts.isEmail(signerEmail) || signerEmail.length() > 254)
                ? TEXTS.text("page.signer-email-wrong") : null;
        if (problem != null) {
            redirect.addFlashAttribute("error", problem);
            redirect.addFlashAttribute("signerName", signerName);
            redirect.addFlashAttribute("signerRole", signerRole);
            redirect.addFlashAttribute("signerEmail", signerEmail);
            return "redirect:/uitnodiging/" + token + "#meedoen";
        }
        invitations.accept(token, signerName.strip(), signerRole.strip(), signerEmail.strip());
        return "redirect:/uitnodiging/" + token;
    }

    @PostMapping("/niet-meedoen")
    String decline(@PathVariable String token, @RequestParam(defaultValue = "") String reason,
                   RedirectAttributes redirect) {
        if (reason.isBlank() || reason.length() > 4000) {
            redirect.addFlashAttribute("declineError", TEXTS.text("page.reason-missing"));
            return "redirect:/uitnodiging/" + token + "#niet-meedoen";
        }
        invitations.decline(token, reason.strip());
        return "redirect:/uitnodiging/" + token;
    }

    @ExceptionHandler(InvitationNotFoundException.class)
    String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", TEXTS.text("page.unknown-link"));
        return "signing/closed";
    }

    @ExceptionHandler(InvitationClosedException.class)
    String closed(HttpServletRequest request) {
        // answered, expired or withdrawn meanwhile: the page (one level up from the form's action) says which
        String action = request.getRequestURI().substring(request.getContextPath().length());
        return "redirect:" + action.substring(0, action.lastIndexOf('/'));
    }
}
