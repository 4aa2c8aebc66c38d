package nl.eentegeneenzaamheid.coalition.municipality;

/**
 * A municipality code that is not one of the current CBS codes: malformed, former (merged away) or made up.
 */
public class UnknownMunicipalityException extends RuntimeException {

    private final String code;

    public UnknownMunicipalityException(String code) {
        super("'" + code + "' is not the CBS code of a current Dutch municipality (GM followed by four digits, "
                + "for example GM0106 for Assen)");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
