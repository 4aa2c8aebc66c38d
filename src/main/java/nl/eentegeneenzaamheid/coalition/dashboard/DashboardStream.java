package nl.eentegeneenzaamheid.coalition.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open dashboard pages, each a server-sent event stream: after every applied event they receive the new summary
 * (at most a few times a second), and a comment every 20 seconds keeps proxies from closing an idle stream.
 */
@Component
public class DashboardStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardStream.class);
    private static final long PUSH_DELAY_MS = 300;

    private final Dashboard dashboard;
    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-stream");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean pushPending;

    DashboardStream(Dashboard dashboard) {
        this.dashboard = dashboard;
        scheduler.scheduleAtFixedRate(this::keepAlive, 20, 20, TimeUnit.SECONDS);
    }

    /** A new page: it gets the current summary at once. */
    public SseEmitter open() {
        SseEmitter emitter = new SseEmitter(0L);
        emitter.onCompletion(() -> pages.remove(emitter));
        emitter.onTimeout(() -> pages.remove(emitter));
        emitter.onError(error -> pages.remove(emitter));
        pages.add(emitter);
        send(emitter, SseEmitter.event().name("summary").data(dashboard.summary()));
        return emitter;
    }

    /** Something changed: the pages get the new summary shortly (changes close together are sent once). */
    public void changed() {
        if (pages.isEmpty() || pushPending) {
            return;
        }
        pushPending = true;
        scheduler.schedule(() -> {
            pushPending = false;
            try {
                DashboardSummary summary = dashboard.summary();
                pages.forEach(page -> send(page, SseEmitter.event().name("summary").data(summary)));
            } catch (RuntimeException e) {
                log.warn("The dashboard could not be pushed: {}", e.toString());
            }
        }, PUSH_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    private void keepAlive() {
        pages.forEach(page -> send(page, SseEmitter.event().comment("keep-alive")));
    }

    private void send(SseEmitter page, SseEmitter.SseEventBuilder event) {
        try {
            page.send(event);
        } catch (IOException | IllegalStateException e) {
            pages.remove(page);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        for (SseEmitter page : pages) {
            try {
                page.complete();
            } catch (IllegalStateException e) {
                // the server closed the response already
            }
        }
        pages.clear();
    }
}
