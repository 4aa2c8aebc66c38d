package nl.eentegeneenzaamheid.coalition.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.dashboard.DashboardTexts.TEXTS;

/** Reads the dashboard's own tables into the summary the page and {@code /api/v1/dashboard/summary} show. */
@Service
public class Dashboard {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    /** The stages in the order of the journey, with the words the page uses. */
    static final Map<String, String> STAGE_LABELS = labels();

    private final JdbcTemplate jdbc;
    private final Municipalities municipalities;
    private final Clock clock;

    Dashboard(JdbcTemplate jdbc, Municipalities municipalities, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("NOT_STARTED", TEXTS.text("stage.not-started"));
        labels.put("INTENT_REVIEW", TEXTS.text("stage.intent-review"));
        labels.put("INFORMATION_REQUESTED", TEXTS.text("stage.information-requested"));
        labels.put("RECRUITMENT", TEXTS.text("stage.recruitment"));
        labels.put("READINESS_REVIEW", TEXTS.text("stage.readiness-review"));
        labels.put("SIGNING", TEXTS.text("stage.signing"));
        labels.put("ONBOARDING", TEXTS.text("stage.onboarding"));
        labels.put("JOINED", TEXTS.text("stage.joined"));
        labels.put("STOPPED", TEXTS.text("stage.stopped"));
        labels.put("REJECTED", TEXTS.text("stage.rejected"));
        return labels;
    }

    @Transactional(readOnly = true)
    public DashboardSummary summary() {
        List<Municipality> all = municipalities.all();
        // each municipality counts once, in the stage of its latest onboarding
        Map<String, String> stageOf = new HashMap<>();
        jdbc.query("""
                select distinct on (municipality_code) municipality_code, stage from dashboard_onboarding
                order by municipality_code, started_at desc""",
                row -> {
                    stageOf.put(row.getString(1), row.getString(2));
                });
        Map<String, Integer> counts = new LinkedHashMap<>();
        STAGE_LABELS.keySet().forEach(stage -> counts.put(stage, 0));
        for (Municipality municipality : all) {
            counts.merge(stageOf.getOrDefault(municipality.code(), "NOT_STARTED"), 1, Integer::sum);
        }
        List<DashboardSummary.StageCount> stages = counts.entrySet().stream()
                .map(e -> new DashboardSummary.StageCount(e.getKey(), STAGE_LABELS.get(e.getKey()), e.getValue(),
                        all.isEmpty() ? 0 : Math.round(10000.0 * e.getValue() / all.size()) / 10000.0)).toList();

        Map<String, int[]> provinces = new TreeMap<>();
        for (Municipality municipality : all) {
            int[] row = provinces.computeIfAbsent(municipality.province(), p -> new int[4]);
            String stage = stageOf.get(municipality.code());
            row[0]++;
            if (stage != null && !stage.equals("REJECTED")) {
                row[1]++;
            }
            if ("SIGNING".equals(stage)) {
                row[2]++;
            }
            if ("JOINED".equals(stage)) {
                row[3]++;
            }
        }
        List<DashboardSummary.ProvinceCount> perProvince = provinces.entrySet().stream()
                .map(e -> new DashboardSummary.ProvinceCount(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3])).toList();

        Map<String, int[]> partners = new HashMap<>();
        jdbc.query("select partner_type, count(*), count(*) filter (where status = 'ACCEPTED') from dashboard_partner "
                + "group by partner_type", row -> {
                    partners.put(row.getString(1), new int[] {row.getInt(2), row.getInt(3)});
                });
        List<DashboardSummary.PartnerCount> byType = new ArrayList<>();
        for (PartnerType type : PartnerType.values()) {
            int[] count = partners.getOrDefault(type.name(), new int[2]);
            byType.add(new DashboardSummary.PartnerCount(type.name(), type.label(), count[0], count[1]));
        }

        Instant monday = Instant.now(clock).atZone(NETHERLANDS).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(NETHERLANDS).toInstant();
        int signatures = jdbc.queryForObject("select count(*) from dashboard_signature where kind = 'SIGNATURE' and "
                + "signed_at >= ?", Integer.class, Timestamp.from(monday));
        int agreements = jdbc.queryForObject("select count(*) from dashboard_signature where kind = 'AGREEMENT' and "
                + "signed_at >= ?", Integer.class, Timestamp.from(monday));

        List<DashboardSummary.Milestone> milestones = jdbc.query("""
                select occurred_at, municipality_code, text from dashboard_milestone
                order by occurred_at desc, event_id limit 12""",
                (row, n) -> new DashboardSummary.Milestone(row.getTimestamp(1).toInstant(),
                        municipalities.find(row.getString(2)).map(Municipality::name).orElse(row.getString(2)),
                        row.getString(3)));

        Map<String, DashboardSummary.StageDuration> durations = new LinkedHashMap<>();
        jdbc.query("""
                select stage, percentile_cont(0.5) within group (order by extract(epoch from left_at - entered_at)),
                    count(*) from dashboard_stage_visit where left_at is not null group by stage""",
                row -> {
                    durations.put(row.getString(1), new DashboardSummary.StageDuration(row.getString(1),
                            STAGE_LABELS.getOrDefault(row.getString(1), row.getString(1)),
                            Math.round(row.getDouble(2) / 86400.0 * 10) / 10.0, row.getInt(3)));
                });
        List<DashboardSummary.StageDuration> medians = STAGE_LABELS.keySet().stream()
                .filter(durations::containsKey).map(durations::get).toList();

        List<DashboardSummary.UpcomingMeeting> meetings = jdbc.query("""
                select title, starts_at, place, capacity, registered, waitlisted, invited from dashboard_meeting
                where status = 'SCHEDULED' and starts_at > ? order by starts_at limit 10""",
                (row, n) -> new DashboardSummary.UpcomingMeeting(row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getString(3), row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7)),
                Timestamp.from(Instant.now(clock)));

        return new DashboardSummary(Instant.now(clock), all.size(), stages, perProvince, byType, signatures,
                agreements, milestones, medians, meetings);

    }
}
