package nl.eentegeneenzaamheid.coalition.rollout;

/**
 * The accounts the simulator acts as: programme staff (reviews intents, plans the meeting), an adviser (onboarding
 * tasks), an administrator (lets invitations expire through the engine's REST API) and a municipal system bound to
 * every municipality (the API). The embedded default has them as demo users; on another installation, create them as
 * the README's "Accounts" section shows and name them here.
 */
record Accounts(String staff, String adviser, String admin, String apiClient, String password,
                String adminPassword) {

    String passwordOf(String user) {
        return user.equals(admin) ? adminPassword : password;
    }
}
