package nl.eentegeneenzaamheid.coalition.meetings.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programme staff plan aldermen's meetings (the same as Tasklist's start form "Wethoudersbijeenkomst"). */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Aldermen's meetings", description = "Wethoudersbijeenkomsten: scheduling, invitations, registrations")
@SecurityRequirement(name = "basic")
@PreAuthorize(Groups.PROGRAMME_MEMBER)
class MeetingController {

    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    /**
     * @param startsAt  when it begins (ISO 8601 with an offset, for example 2027-03-18T14:00:00+01:00)
     * @param endsAt    when it ends
     * @param place     where, or empty for an online meeting
     * @param onlineUrl the https link to join online, or empty
     * @param capacity  the seats; registrations beyond it go on the waiting list
     * @param audience  ALL, PROVINCES (with {@code provinces}) or NOT_JOINED
     * @param contacts  addresses for municipalities that have no onboarding (remembered for later meetings)
     */
    record ScheduleRequest(@NotBlank @Size(max = 200) String title, @NotNull Instant startsAt, @NotNull Instant endsAt,
                           @Size(max = 300) String place, @Size(max = 500) String onlineUrl, @NotNull Integer capacity,
                           @Size(max = 20000) String programme, @Size(max = 500) String hosts,
                           @NotNull Audience audience, List<String> provinces, @Valid List<Meetings.Contact> contacts) {
    }

    record ContactsRequest(@NotNull List<Meetings.Contact> contacts) {
    }

    record CancelRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting and invite the chosen municipalities",
            description = "Each selected municipality's alderman (from its intent) or the contact given here gets a "
                    + "personal link and a calendar file. Selected municipalities nobody can be reached at are listed "
                    + "in `unaddressed`; add them with POST /api/v1/meetings/{id}/invitations.")
    @ApiResponse(responseCode = "201", description = "Scheduled; the invitations are on their way")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong (problem details name it)")
    ResponseEntity<MeetingViews.Meeting> schedule(@Valid @RequestBody ScheduleRequest request, Principal principal) {
        UUID id = meetings.schedule(new Meetings.Schedule(request.title(), request.startsAt(), request.endsAt(),
                request.place(), request.onlineUrl(), request.capacity(), request.programme(), request.hosts(),
                request.audience(), request.provinces(), request.contacts()), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(meetings.meeting(id));
    }

    @GetMapping
    @Operation(summary = "The meetings to come, soonest first (all=true: every meeting, newest first)")
    List<MeetingViews.Meeting> list(@RequestParam(defaultValue = "false") boolean all) {
        return meetings.list(all);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting, with its registrations against its capacity")
    @ApiResponse(responseCode = "404", description = "No such meeting")
    MeetingViews.Meeting get(@PathVariable UUID id) {
        return meetings.meeting(id);
    }

    @GetMapping("/{id}/invitations")
    @Operation(summary = "Who is invited, who registered, who waits, who declined, who came")
    List<MeetingViews.Invitation> invitations(@PathVariable UUID id) {
        return meetings.invitations(id);
    }

    @PostMapping("/{id}/invitations")
    @Operation(summary = "Invite municipalities by address (for those without an onboarding, or to add one)")
    @ApiResponse(responseCode = "409", description = "The meeting is held or cancelled")
    MeetingViews.Invited invite(@PathVariable UUID id, @Valid @RequestBody ContactsRequest request,
                                Principal principal) {
        return meetings.addContacts(id, request.contacts(), principal.getName());
    }

    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Move the meeting or change its capacity; every invitee gets the updated calendar entry",
            description = "Fields left out keep their value; moving the start without an end keeps the duration.")
    @ApiResponse(responseCode = "409", description = "The meeting is held or cancelled")
    MeetingViews.Meeting reschedule(@PathVariable UUID id, @RequestBody Meetings.Change change, Principal principal) {
        meetings.reschedule(id, change, principal.getName());
        return meetings.meeting(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the meeting; every invitee is told and the calendar entry is removed")
    @ApiResponse(responseCode = "409", description = "The meeting is held or cancelled already")
    MeetingViews.Meeting cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request,
                                Principal principal) {
        meetings.cancel(id, request.reason(), principal.getName());
        return meetings.meeting(id);
    }
}
