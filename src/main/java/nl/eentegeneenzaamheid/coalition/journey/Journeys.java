package nl.eentegeneenzaamheid.coalition.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, moves, stops and reads municipalities' journeys.
 */
@Service
public class Journeys {

    private final JdbcTemplate jdbc;
    private final OnboardingWorkflow workflow;
    private final Municipalities municipalities;
    private final Outbox outbox;
    private final Clock clock;

    public Journeys(JdbcTemplate jdbc, OnboardingWorkflow workflow, Municipalities municipalities, Outbox outbox,
                    Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.workflow = workflow;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /**
     * Opens the municipality's journey, in the caller's transaction. The caller writes its own state next and then,
     * as its last step, {@linkplain #start starts} the journey's process.
     *
     * @throws OnboardingAlreadyOpenException when the municipality already has an open journey
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID open(Municipality municipality) {
        UUID id = UUID.randomUUID();
        // waits for a concurrent insert for the same municipality to commit, then does nothing: no aborted transaction
        int inserted = jdbc.update("""
                insert into onboarding (id, municipality_code, stage, started_at) values (?, ?, ?, ?)
                on conflict (municipality_code) where closed_at is null do nothing""",
                id, municipality.code(), Stage.INTENT_REVIEW.name(), Timestamp.from(Instant.now(clock)));
        if (inserted == 0) {
            UUID existing = findOpen(municipality.code()).map(Onboarding::id).orElse(null);
            throw new OnboardingAlreadyOpenException(municipality.code(), existing);
        }
        return id;
    }

    /** Starts the process of a journey just {@linkplain #open opened}: the last step of the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(UUID id, Municipality municipality, String aldermanName) {
        workflow.start(id, municipality, aldermanName);
    }

    /**
     * Moves an open journey from one stage to the next, in the caller's transaction.
     *
     * @throws OnboardingInWrongStageException when the journey is not in {@code from} (any more)
     * @throws IllegalStageTransitionException  when {@link Stage#next()} has no such move
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Onboarding advance(UUID id, Stage from, Stage to) {
        from.moveTo(to);
        Onboarding onboarding = requireStage(id, from);
        Timestamp closedAt = to.isOpen() ? null : Timestamp.from(Instant.now(clock));
        jdbc.update("update onboarding set stage = ?, closed_at = ? where id = ?", to.name(), closedAt, id);
        return new Onboarding(id, onboarding.municipality(), to, onboarding.startedAt(),
                closedAt == null ? null : closedAt.toInstant());
    }

    /**
     * The open journey in this stage, locked until the caller's transaction ends, so that a step and a stage change
     * cannot interleave.
     *
     * @throws OnboardingInWrongStageException when the journey is in another stage
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Onboarding requireStage(UUID id, Stage stage) {
        Onboarding onboarding = lock(id);
        if (onboarding.stage() != stage) {
            throw new OnboardingInWrongStageException(id, stage, onboarding.stage());
        }
        return onboarding;
    }

    /** Adds a line to the journey's timeline, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID id, String kind, String summary, String actor) {
        jdbc.update("""
                insert into onboarding_timeline (onboarding_id, occurred_at, kind, summary, actor)
                values (?, ?, ?, ?, ?)""", id, Timestamp.from(Instant.now(clock)), kind, summary, actor);
    }

    /**
     * Staff stop an open journey: from {@code from} to {@link Stage#STOPPED}, on its timeline as {@code summary}, and
     * {@link OnboardingStopped} for everyone who follows the journey. The one place a journey is stopped, whichever
     * module's step decided it (recruitment's coalition decision, signing's decision on a stuck envelope).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Onboarding stop(UUID id, Stage from, String reason, String staffMember, String summary) {
        Onboarding onboarding = advance(id, from, Stage.STOPPED);
        record(id, "onboarding-stopped", summary, staffMember);
        outbox.append(new OnboardingStopped(id, onboarding.municipality().code(), reason, staffMember,
                Instant.now(clock)));
        return onboarding;
    }

    /** The journey's timeline, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID id) {
        return jdbc.query("""
                select occurred_at, kind, summary, actor from onboarding_timeline
                where onboarding_id = ? order by id""",
                (row, n) -> new TimelineEntry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
                        row.getString(4)), id);
    }

    /** Reads the journey and locks it until the transaction ends, so that concurrent steps take turns. */
    private Onboarding lock(UUID id) {
        return jdbc.query("select * from onboarding where id = ? for update", this::map, id).stream().findFirst()
                .orElseThrow(() -> new OnboardingNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public Onboarding get(UUID id) {
        return jdbc.query("select * from onboarding where id = ?", this::map, id).stream().findFirst()
                .orElseThrow(() -> new OnboardingNotFoundException(id));
    }

    /** A page of onboardings, newest first. */
    public record Page(List<Onboarding> items, int page, int size, long totalItems) {

        public long totalPages() {
            return (totalItems + size - 1) / size;
        }
    }

    /**
     * Onboardings, newest first, optionally of one stage and of the municipalities of one province.
     *
     * @param stage    null for every stage
     * @param province null for every province
     * @param only     the municipalities to include (an API client's), null for all
     */
    @Transactional(readOnly = true)
    public Page search(Stage stage, String province, java.util.Set<String> only, int page, int size) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (stage != null) {
            where.append(" and stage = ?");
            arguments.add(stage.name());
        }
        if (province != null) {
            where.append(" and municipality_code = any(?)");
            arguments.add(municipalities.all().stream().filter(m -> m.province().equals(province))
                    .map(Municipality::code).toArray(String[]::new));
        }
        if (only != null) {
            where.append(" and municipality_code = any(?)");
            arguments.add(only.toArray(String[]::new));
        }
        long total = jdbc.queryForObject("select count(*) from onboarding" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<Onboarding> items = jdbc.query("select * from onboarding" + where
                + " order by started_at desc, id limit ? offset ?", this::map, paged.toArray());
        return new Page(items, page, size, total);
    }

    /** Each municipality's latest onboarding, by CBS code; municipalities that never started have none. */
    @Transactional(readOnly = true)
    public Map<String, Onboarding> latestPerMunicipality() {
        Map<String, Onboarding> latest = new HashMap<>();
        jdbc.query("""
                select distinct on (municipality_code) * from onboarding
                order by municipality_code, started_at desc""", this::map)
                .forEach(onboarding -> latest.put(onboarding.municipality().code(), onboarding));
        return latest;
    }

    @Transactional(readOnly = true)
    public Optional<Onboarding> findOpen(String municipalityCode) {
        List<Onboarding> open = jdbc.query(
                "select * from onboarding where municipality_code = ? and closed_at is null", this::map,
                municipalityCode);
        return open.stream().findFirst();
    }

    private Onboarding map(ResultSet row, int rowNumber) throws SQLException {
        Timestamp closedAt = row.getTimestamp("closed_at");
        return new Onboarding(row.getObject("id", UUID.class),
                municipalities.require(row.getString("municipality_code")),
                Stage.valueOf(row.getString("stage")),
                row.getTimestamp("started_at").toInstant(),
                closedAt == null ? null : closedAt.toInstant());
    }
}
