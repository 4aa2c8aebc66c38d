package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.List;

/**
 * The programme's groups in Camunda's identity store. Spring Security sees membership as the authority
 * {@code GROUP_<id>}.
 */
public final class Groups {

    /** Programme staff: review intents, follow municipalities up (Tasklist). */
    public static final String STAFF = "programme-staff";
    /** The central team's advisers: onboarding tasks (Tasklist). */
    public static final String ADVISORS = "programme-advisors";
    /** Administrators: everything, Cockpit and Admin included. */
    public static final String ADMINS = "programme-admins";
    /** Auditors: read envelopes, their documents and audit trails; change nothing. */
    public static final String AUDITORS = "auditors";
    /** Systems of municipalities and partners that call the API. */
    public static final String API_CLIENTS = "api-clients";
    /** Camunda's own administrators' group: while it has no member, the webapps offer an open set-up page. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public static final List<String> PROGRAMME = List.of(STAFF, ADVISORS, ADMINS);

    /** For {@code @PreAuthorize}: a member of one of the programme's groups (staff, advisers, administrators). */
    public static final String PROGRAMME_MEMBER = "hasAnyAuthority('GROUP_" + STAFF + "', 'GROUP_" + ADVISORS
            + "', 'GROUP_" + ADMINS + "')";

    public static String authority(String group) {
        return "GROUP_" + group;
    }

    private Groups() {
    }
}
