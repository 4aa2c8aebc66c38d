package nl.eentegeneenzaamheid.coalition.recruitment;

import java.util.Arrays;

/** What staff decide about a coalition that is not ready, as the form submits it. */
public enum CoalitionDecision {
    CONTINUE("continue"), EXTEND("extend"), STOP("stop");

    private final String formValue;

    CoalitionDecision(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    public static CoalitionDecision fromFormValue(String value) {
        return Arrays.stream(values()).filter(decision -> decision.formValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown coalition decision '" + value
                        + "'; expected continue, extend or stop"));
    }
}
