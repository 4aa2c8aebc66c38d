package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.Set;

/** An API client asked to act for a municipality it is not bound to. */
public class ForeignMunicipalityException extends RuntimeException {

    public ForeignMunicipalityException(String municipalityCode, Set<String> boundTo) {
        super(boundTo.isEmpty()
                ? "This API client is bound to no municipality. An administrator binds it by adding it to the group "
                + MunicipalityScope.groupOf(municipalityCode) + " (or " + MunicipalityScope.ALL
                + " for a system of the programme itself)."
                : "This API client acts for " + String.join(", ", boundTo) + " only, not for " + municipalityCode
                + ".");
    }
}
