package vnetlab.course;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What this kernel session remembers: the exercises passed and the hints already shown. */
final class Session {
    private final Set<String> passed = new HashSet<>();
    private final Map<String, Integer> hintsShown = new HashMap<>();

    synchronized void record(Feedback feedback) {
        if (feedback.passed()) {
            passed.add(feedback.exercise());
        }
    }

    synchronized boolean passed(String id) {
        return passed.contains(id);
    }

    /** The number of the next hint to show (1-based), wrapping to the last one once all were shown. */
    synchronized int nextHint(String id, int count) {
        int next = Math.min(hintsShown.getOrDefault(id, 0) + 1, count);
        hintsShown.put(id, next);
        return next;
    }

    synchronized void clear() {
        passed.clear();
        hintsShown.clear();
    }
}
