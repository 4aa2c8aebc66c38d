package nl.eentegeneenzaamheid.coalition.intake;

import java.util.Arrays;

/**
 * What the programme staff decide about an intent, as the review form submits it.
 */
public enum ReviewDecision {
    APPROVE("approve"),
    REJECT("reject"),
    REQUEST_INFORMATION("request-information");

    private final String formValue;

    ReviewDecision(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    public static ReviewDecision fromFormValue(String value) {
        return Arrays.stream(values()).filter(decision -> decision.formValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown review decision '" + value
                        + "'; expected approve, reject or request-information"));
    }
}
