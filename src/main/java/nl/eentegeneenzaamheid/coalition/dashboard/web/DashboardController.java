package nl.eentegeneenzaamheid.coalition.dashboard.web;

import nl.eentegeneenzaamheid.coalition.dashboard.Dashboard;
import nl.eentegeneenzaamheid.coalition.dashboard.DashboardStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The national dashboard: a Dutch page, public, that updates itself through server-sent events. */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final DashboardStream stream;

    DashboardController(Dashboard dashboard, DashboardStream stream) {
        this.dashboard = dashboard;
        this.stream = stream;
    }

    @GetMapping("/dashboard")
    String page(Model model) {
        model.addAttribute("summary", dashboard.summary());
        return "dashboard/page";
    }

    @GetMapping(path = "/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return stream.open();
    }
}
