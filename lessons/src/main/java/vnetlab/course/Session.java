package vnetlab.course;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What this kernel session remembers: the exercises passed (also kept in the learner's progress file, when there is
 * one, so they survive a restart) and the hints already shown.
 */
final class Session {
    private final Set<String> passed = new HashSet<>();
    private final Map<String, Integer> hintsShown = new HashMap<>();
    private final Optional<ProgressFile> file;

    Session(Optional<ProgressFile> file) {
        this.file = file;
    }

    /** Records a pass; returns a warning when it could not be kept in the progress file. */
    synchronized Optional<String> record(Feedback feedback) {
        if (!feedback.passed()) {
            return Optional.empty();
        }
        passed.add(feedback.exercise());
        return file.flatMap(f -> f.add(feedback.exercise()));
    }

    synchronized boolean passed(String id) {
        return passed.contains(id);
    }

    /** The passes of this session and of earlier ones. */
    synchronized Set<String> passedEver() {
        Set<String> all = new HashSet<>(passed);
        file.ifPresent(f -> all.addAll(f.passed()));
        return all;
    }

    Optional<ProgressFile> file() {
        return file;
    }

    /** The number of the next hint to show (1-based), wrapping to the last one once all were shown. */
    synchronized int nextHint(String id, int count) {
        int next = Math.min(hintsShown.getOrDefault(id, 0) + 1, count);
        hintsShown.put(id, next);
        return next;
    }

    /** Forgets this session's passes and hints (as a restart does); the progress file keeps its passes. */
    synchronized void clear() {
        passed.clear();
        hintsShown.clear();
    }

    /** Forgets every pass, in this session and in the progress file; returns a warning when the file stays. */
    synchronized Optional<String> resetProgress() {
        passed.clear();
        return file.flatMap(ProgressFile::clear);
    }
}
