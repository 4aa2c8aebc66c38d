package nl.eentegeneenzaamheid.coalition.journey.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.PartnerDirectory;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.journey.TimelineEntry;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/onboardings")
@Tag(name = "Onboardings", description = "A municipality's journey from intent to joined")
class OnboardingController {

    private final Journeys journeys;
    private final Municipalities municipalities;
    private final PartnerDirectory partners;

    OnboardingController(Journeys journeys, Municipalities municipalities, PartnerDirectory partners) {
        this.journeys = journeys;
        this.municipalities = municipalities;
        this.partners = partners;
    }

    record OnboardingResponse(UUID id, String municipalityCode, String municipalityName, String province,
                              String stage, Instant startedAt, Instant closedAt,
                              List<PartnerDirectory.PartnerSummary> partners, List<TimelineEntry> timeline) {

        static OnboardingResponse of(Onboarding onboarding, List<PartnerDirectory.PartnerSummary> partners,
                                     List<TimelineEntry> timeline) {
            return new OnboardingResponse(onboarding.id(), onboarding.municipality().code(),
                    onboarding.municipality().name(), onboarding.municipality().province(),
                    onboarding.stage().name(), onboarding.startedAt(), onboarding.closedAt(), partners, timeline);
        }
    }

    record OnboardingSummary(UUID id, String municipalityCode, String municipalityName, String province,
                             String stage, Instant startedAt, Instant closedAt) {

        static OnboardingSummary of(Onboarding onboarding) {
            return new OnboardingSummary(onboarding.id(), onboarding.municipality().code(),
                    onboarding.municipality().name(), onboarding.municipality().province(),
                    onboarding.stage().name(), onboarding.startedAt(), onboarding.closedAt());
        }
    }

    record OnboardingPage(List<OnboardingSummary> items, int page, int size, long totalItems, long totalPages) {
    }

    @GetMapping
    @Operation(summary = "Onboardings, newest first, filtered by stage and province, page by page")
    OnboardingPage list(
            @Parameter(description = "INTENT_REVIEW, INFORMATION_REQUESTED, RECRUITMENT or REJECTED")
            @RequestParam(required = false) Stage stage,
            @Parameter(description = "A Dutch province, for example Drenthe or Fryslân")
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (province != null && municipalities.all().stream().noneMatch(m -> m.province().equals(province))) {
            throw new UnknownProvinceException(province);
        }
        MunicipalityScope scope = MunicipalityScope.current();
        Journeys.Page result = journeys.search(stage, province, scope.all() ? null : scope.codes(), page, size);
        return new OnboardingPage(result.items().stream().map(OnboardingSummary::of).toList(), result.page(),
                result.size(), result.totalItems(), result.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A municipality's onboarding: its stage, its partners with their status, and its timeline")
    OnboardingResponse get(@PathVariable UUID id) {
        return OnboardingResponse.of(journeys.get(id), partners.partnersOf(id), journeys.timeline(id));
    }
}
