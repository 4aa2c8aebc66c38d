package nl.eentegeneenzaamheid.coalition.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * How far the country is, in aggregates only: no person, no address, no reason anyone typed.
 *
 * @param municipalities      the number of municipalities (the CBS list of 2025: 342)
 * @param stages              municipalities per stage of their latest onboarding, NOT_STARTED for the others
 * @param provinces           per province: its municipalities, how many have started, signed and joined
 * @param signaturesThisWeek  digital signatures since Monday (Dutch time)
 * @param agreementsThisWeek  coalition agreements completed since Monday
 * @param milestones          the latest milestones, newest first
 * @param medianDaysPerStage  the median time onboardings spent in each stage they have left
 * @param upcomingMeetings    the aldermen's meetings to come, soonest first: registrations against capacity
 */
public record DashboardSummary(
        Instant updatedAt,
        int municipalities,
        List<StageCount> stages,
        List<ProvinceCount> provinces,
        List<PartnerCount> partnersByType,
        int signaturesThisWeek,
        int agreementsThisWeek,
        List<Milestone> milestones,
        List<StageDuration> medianDaysPerStage,
        List<UpcomingMeeting> upcomingMeetings) {

    public record StageCount(String stage, String label, int count, double share) {
    }

    public record ProvinceCount(String province, int municipalities, int started, int signing, int joined) {
    }

    public record PartnerCount(String type, String label, int proposed, int accepted) {
    }

    public record Milestone(Instant at, String municipality, String text) {
    }

    public record StageDuration(String stage, String label, double medianDays, int stays) {
    }

    public record UpcomingMeeting(String title, Instant startsAt, String place, int capacity, int registered,
                                  int waitlisted, int invited) {
    }
}
