package nl.eentegeneenzaamheid.coalition.journey.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.TimelineEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/onboardings")
@Tag(name = "Onboardings", description = "A municipality's journey from intent to joined")
class OnboardingController {

    private final Journeys journeys;

    OnboardingController(Journeys journeys) {
        this.journeys = journeys;
    }

    record OnboardingResponse(UUID id, String municipalityCode, String municipalityName, String province,
                              String stage, Instant startedAt, Instant closedAt, List<TimelineEntry> timeline) {

        static OnboardingResponse of(Onboarding onboarding, List<TimelineEntry> timeline) {
            return new OnboardingResponse(onboarding.id(), onboarding.municipality().code(),
                    onboarding.municipality().name(), onboarding.municipality().province(),
                    onboarding.stage().name(), onboarding.startedAt(), onboarding.closedAt(), timeline);
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A municipality's onboarding: where it is in its journey, and what happened so far")
    OnboardingResponse get(@PathVariable UUID id) {
        return OnboardingResponse.of(journeys.get(id), journeys.timeline(id));
    }
}
