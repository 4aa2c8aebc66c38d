package nl.eentegeneenzaamheid.coalition.journey.web;

/** A province filter that names none of the twelve provinces. */
class UnknownProvinceException extends RuntimeException {

    UnknownProvinceException(String province) {
        super("'" + province + "' is not a Dutch province; use its Dutch name, for example Drenthe, Fryslân or "
                + "Noord-Brabant");
    }
}
