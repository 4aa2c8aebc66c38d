package nl.eentegeneenzaamheid.coalition.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.dashboard.Dashboard;
import nl.eentegeneenzaamheid.coalition.dashboard.DashboardSummary;
import nl.eentegeneenzaamheid.coalition.dashboard.messaging.DashboardEventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "How far the country is: aggregates only, public")
class DashboardApiController {

    private final Dashboard dashboard;
    private final DashboardEventListener listener;

    DashboardApiController(Dashboard dashboard, DashboardEventListener listener) {
        this.dashboard = dashboard;
        this.listener = listener;
    }

    record Rebuild(int partitionsRewound) {
    }

    @GetMapping("/summary")
    @Operation(summary = "Municipalities per stage and province, partners by type, signatures this week, recent "
            + "milestones, median days per stage (public; no personal data)")
    DashboardSummary summary() {
        return dashboard.summary();
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasAuthority('GROUP_programme-admins')")
    @Operation(summary = "Empty the dashboard's read model and read the events topic again from the beginning "
            + "(programme admins)")
    ResponseEntity<Rebuild> rebuild() {
        return ResponseEntity.accepted().body(new Rebuild(listener.rebuild()));
    }
}
