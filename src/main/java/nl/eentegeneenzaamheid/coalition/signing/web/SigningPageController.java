package nl.eentegeneenzaamheid.coalition.signing.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.signing.CodeRejectedException;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeStateException;
import nl.eentegeneenzaamheid.coalition.signing.SignerLinks;
import nl.eentegeneenzaamheid.coalition.signing.SignerStatus;
import nl.eentegeneenzaamheid.coalition.signing.SigningLinkException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/**
 * The page the e-mailed link opens: server-rendered Dutch HTML that works without JavaScript. It shows the
 * document inline and for download with its SHA-256, where everyone stands and the consent text; it asks for the code,
 * then signs (full name, consent, code) or declines (a reason). After each action it redirects, so a reload never
 * repeats it.
 */
@Controller
@RequestMapping("/ondertekenen/{token}")
class SigningPageController {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL")).withZone(ZoneId.of("Europe/Amsterdam"));

    private final SignerLinks links;

    SigningPageController(SignerLinks links) {
        this.links = links;
    }

    @GetMapping
    String page(@PathVariable String token, HttpServletRequest request, Model model) {
        SignerLinks.SignerView view;
        try {
            view = links.open(token, RequestActors.link(request));
        } catch (SigningLinkException e) {
            if (e.reason() != SigningLinkException.Reason.ANSWERED) {
                throw e;
            }
            view = links.status(token);
        }
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        model.addAttribute("moment", MOMENT);
        model.addAttribute("signed", view.status() == SignerStatus.SIGNED);
        model.addAttribute("declined", view.status() == SignerStatus.DECLINED);
        return "signing/page";
    }

    @GetMapping("/document")
    ResponseEntity<byte[]> document(@PathVariable String token, @RequestParam(required = false) String download,
                                    HttpServletRequest request) {
        return SignerController.pdf(links.downloadDocument(token, RequestActors.link(request)), download == null);
    }

    @GetMapping("/ondertekend")
    ResponseEntity<byte[]> sealed(@PathVariable String token, HttpServletRequest request) {
        return SignerController.pdf(links.downloadSealedDocument(token, RequestActors.link(request)), false);
    }

    @PostMapping("/code")
    String code(@PathVariable String token, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            links.sendCode(token, RequestActors.link(request));
            redirect.addFlashAttribute("notice", TEXTS.text("code.sent"));
        } catch (CodeRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/ondertekenen/" + token + "#ondertekenen";
    }

    @PostMapping("/ondertekenen")
    String sign(@PathVariable String token, @RequestParam(defaultValue = "") String fullName,
                @RequestParam(required = false) String consent, @RequestParam(defaultValue = "") String code,
                HttpServletRequest request, RedirectAttributes redirect) {
        try {
            links.sign(token, fullName, "ja".equals(consent), code, RequestActors.link(request));
            return "redirect:/ondertekenen/" + token;
        } catch (CodeRejectedException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("fullName", fullName);
            return "redirect:/ondertekenen/" + token + "#ondertekenen";
        }
    }

    @PostMapping("/weigeren")
    String decline(@PathVariable String token, @RequestParam(defaultValue = "") String reason,
                   HttpServletRequest request, RedirectAttributes redirect) {
        try {
            links.decline(token, reason, RequestActors.link(request));
            return "redirect:/ondertekenen/" + token;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("declineError", e.getMessage());
            return "redirect:/ondertekenen/" + token + "#weigeren";
        }
    }

    @ExceptionHandler(EnvelopeStateException.class)
    String notYet(EnvelopeStateException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("message", e.getMessage());
        return "signing/closed";
    }

    @ExceptionHandler(SigningLinkException.class)
    String closed(SigningLinkException e, Model model, HttpServletResponse response) {
        response.setStatus(switch (e.reason()) {
            case UNKNOWN -> HttpStatus.NOT_FOUND.value();
            case ANSWERED -> HttpStatus.CONFLICT.value();
            case EXPIRED, CLOSED -> HttpStatus.GONE.value();
        });
        model.addAttribute("message", e.getMessage());
        return "signing/closed";
    }
}
