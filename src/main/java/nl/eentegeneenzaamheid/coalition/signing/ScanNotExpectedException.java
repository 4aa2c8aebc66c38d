package nl.eentegeneenzaamheid.coalition.signing;

/** A scan for a municipality that signs digitally: the paper path takes scans, the digital one seals its own. */
public class ScanNotExpectedException extends RuntimeException {

    public ScanNotExpectedException() {
        super("This municipality signs its agreement digitally; a scan is only taken when staff chose to sign on "
                + "paper (on the coalition decision, or after a decline)");
    }
}
