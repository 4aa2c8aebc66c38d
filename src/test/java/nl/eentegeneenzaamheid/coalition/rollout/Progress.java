package nl.eentegeneenzaamheid.coalition.rollout;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on the console: redrawn in place on a terminal, a line every few seconds otherwise (a CI log).
 */
final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final String label;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long started = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private final Thread painter;
    private volatile boolean running = true;

    Progress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
        painter = new Thread(() -> {
            long lastLine = 0;
            while (running) {
                long now = System.nanoTime();
                if (terminal) {
                    out.print("\r" + line());
                    out.flush();
                } else if (now - lastLine > 5_000_000_000L) {
                    out.println(line());
                    lastLine = now;
                }
                try {
                    Thread.sleep(terminal ? 250 : 500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "progress-" + label);
        painter.setDaemon(true);
        painter.start();
    }

    void set(long value) {
        done.set(value);
    }

    void step() {
        done.incrementAndGet();
    }

    void fail() {
        failed.incrementAndGet();
        done.incrementAndGet();
    }

    String line() {
        long value = done.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, value * width / total);
        double rate = seconds > 0 ? value / seconds : 0;
        String eta = rate > 0 && value < total ? String.format(" eta %.0f s", (total - value) / rate) : "";
        return String.format("%-22s [%s%s] %d/%d %6.1f/s %5.1f s%s%s", label, "#".repeat(filled),
                " ".repeat(width - filled), value, total, rate, seconds, eta,
                failed.get() > 0 ? " (" + failed.get() + " failed)" : "");
    }

    @Override
    public void close() {
        running = false;
        painter.interrupt();
        try {
            painter.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println((terminal ? "\r" : "") + line());
    }
}
