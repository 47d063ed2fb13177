package dev.civkit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles over samples; nearest-rank, so small samples stay honest. */
final class Measure {
    private Measure() {}

    static double percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double median(List<Double> samples) {
        return percentile(samples, 50);
    }
}
