package nl.eentegeneenzaamheid.coalition.journey.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Municipalities", description = "The 342 Dutch municipalities and where each one is")
class MunicipalityController {

    private final Municipalities municipalities;
    private final Journeys journeys;

    MunicipalityController(Municipalities municipalities, Journeys journeys) {
        this.municipalities = municipalities;
        this.journeys = journeys;
    }

    /**
     * @param stage        the stage of its latest onboarding; absent when it never declared an intent
     * @param onboardingId its latest onboarding
     */
    record MunicipalityResponse(String code, String name, String province, String stage, UUID onboardingId) {
    }

    @GetMapping("/api/v1/municipalities")
    @Operation(summary = "The current CBS list of municipalities, each with the stage of its latest onboarding")
    List<MunicipalityResponse> list(@RequestParam(required = false) String province) {
        if (province != null && municipalities.all().stream().noneMatch(m -> m.province().equals(province))) {
            throw new UnknownProvinceException(province);
        }
        Map<String, Onboarding> latest = journeys.latestPerMunicipality();
        MunicipalityScope scope = MunicipalityScope.current();
        return municipalities.all().stream()
                .filter(municipality -> province == null || municipality.province().equals(province))
                .map(municipality -> {
                    // an API client sees the stage of its own municipalities only
                    Onboarding onboarding = scope.includes(municipality.code()) ? latest.get(municipality.code())
                            : null;
                    return new MunicipalityResponse(municipality.code(), municipality.name(), municipality.province(),
                            onboarding == null ? null : onboarding.stage().name(),
                            onboarding == null ? null : onboarding.id());
                }).toList();
    }
}
