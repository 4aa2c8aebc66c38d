package nl.eentegeneenzaamheid.coalition.rollout;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency histograms by name (an endpoint, a pipeline stage), in microseconds, safe to record from any thread. */
final class Latencies {

    private final Map<String, ConcurrentHistogram> histograms = new ConcurrentHashMap<>();

    void record(String name, long nanos) {
        histograms.computeIfAbsent(name, key -> new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3))
                .recordValue(Math.max(0, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos),
                        TimeUnit.MINUTES.toMicros(10))));
    }

    /** A snapshot of every histogram, sorted by name. */
    Map<String, Summary> summaries() {
        Map<String, Summary> result = new TreeMap<>();
        histograms.forEach((name, histogram) -> result.put(name, Summary.of(histogram.copy())));
        return result;
    }

    /** Count and percentiles in milliseconds. */
    record Summary(long count, double p50, double p95, double p99, double max) {
        static Summary of(Histogram histogram) {
            return new Summary(histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
                    ms(histogram.getValueAtPercentile(95)), ms(histogram.getValueAtPercentile(99)),
                    ms(histogram.getMaxValue()));
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }
}
