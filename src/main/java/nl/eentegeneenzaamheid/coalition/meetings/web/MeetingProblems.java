package nl.eentegeneenzaamheid.coalition.meetings.web;

import java.util.List;

import nl.eentegeneenzaamheid.coalition.meetings.InvalidMeetingException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingChangeRefusedException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingLinkRefusedException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingNotFoundException;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The meetings' refusals as problem details (the API's; the link page shows its own). */
@Order(0)
@RestControllerAdvice(assignableTypes = {MeetingController.class, MeetingLinkController.class})
class MeetingProblems {

    @ExceptionHandler(InvalidMeetingException.class)
    ProblemDetail invalid(InvalidMeetingException e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "The request has invalid fields", e.getMessage()), List.of(new Problems.FieldError(e.field(),
                e.getMessage())));
    }

    @ExceptionHandler(MeetingNotFoundException.class)
    ProblemDetail notFound(MeetingNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "meeting-not-found", "No such meeting", e.getMessage());
    }

    @ExceptionHandler(MeetingChangeRefusedException.class)
    ProblemDetail refused(MeetingChangeRefusedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "meeting-not-changeable",
                "The meeting can no longer be changed", e.getMessage());
        problem.setProperty("meetingStatus", e.status());
        return problem;
    }

    @ExceptionHandler(MeetingLinkRefusedException.class)
    ProblemDetail link(MeetingLinkRefusedException e) {
        return Problems.of(HttpStatusCode.valueOf(e.reason().status()), e.reason().slug(), e.reason().title(),
                e.getMessage());
    }
}
