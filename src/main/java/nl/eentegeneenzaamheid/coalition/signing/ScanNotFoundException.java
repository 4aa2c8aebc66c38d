package nl.eentegeneenzaamheid.coalition.signing;

/** No scan was uploaded for the onboarding. */
public class ScanNotFoundException extends RuntimeException {

    public ScanNotFoundException() {
        super("No scan has been uploaded for this onboarding");
    }
}
