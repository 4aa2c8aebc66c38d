package nl.eentegeneenzaamheid.coalition.meetings.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An invitee's personal link. It needs no account: the token in the path is the credential, so it is never logged.
 * It acts only for its own meeting, and only until the meeting begins.
 */
@RestController
@RequestMapping("/api/v1/meetings/{id}/invitation/{token}")
@Tag(name = "Meeting invitations", description = "An invitee answers through their own link")
class MeetingLinkController {

    private final Meetings meetings;

    MeetingLinkController(Meetings meetings) {
        this.meetings = meetings;
    }

    record DeclineRequest(@Size(max = 4000) String reason) {
    }

    record DelegateRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {
    }

    record Answer(RegistrationStatus status) {
    }

    @GetMapping
    @Operation(summary = "The meeting and where the invitation stands")
    @ApiResponse(responseCode = "404", description = "Not a valid link, or a link for another meeting")
    MeetingViews.Link view(@PathVariable UUID id, @PathVariable String token) {
        return meetings.view(id, token);
    }

    @PostMapping("/register")
    @Operation(summary = "Register: a seat while there is one, otherwise the waiting list")
    @ApiResponse(responseCode = "410", description = "The meeting has begun, is over or is cancelled")
    Answer register(@PathVariable UUID id, @PathVariable String token) {
        return new Answer(meetings.register(id, token));
    }

    @PostMapping("/decline")
    @Operation(summary = "Decline the invitation")
    @ApiResponse(responseCode = "409", description = "Registered: cancel instead")
    Answer decline(@PathVariable UUID id, @PathVariable String token,
                   @Valid @RequestBody(required = false) DeclineRequest request) {
        meetings.decline(id, token, request == null ? null : request.reason());
        return new Answer(RegistrationStatus.DECLINED);
    }

    @PostMapping("/delegate")
    @Operation(summary = "Send a colleague in your place: they are registered and get their own link; yours stops")
    Answer delegate(@PathVariable UUID id, @PathVariable String token,
                    @Valid @RequestBody DelegateRequest request) {
        return new Answer(meetings.delegate(id, token, request.name(), request.email()));
    }

    @PostMapping("/cancel")
    @Operation(summary = "Cancel the registration; the seat goes to the first on the waiting list")
    @ApiResponse(responseCode = "409", description = "Not registered")
    Answer cancel(@PathVariable UUID id, @PathVariable String token) {
        meetings.cancelRegistration(id, token);
        return new Answer(RegistrationStatus.CANCELLED);
    }
}
