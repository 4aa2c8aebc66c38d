package nl.eentegeneenzaamheid.coalition.recruitment;

/** The organisation (by name or KvK number) is already among the onboarding's partners. */
public class PartnerAlreadyProposedException extends RuntimeException {

    public PartnerAlreadyProposedException(String organisationName) {
        super("'" + organisationName + "' (or an organisation with the same KvK number) is already proposed for "
                + "this coalition");
    }
}
