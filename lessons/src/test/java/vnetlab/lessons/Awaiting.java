package vnetlab.lessons;

import java.util.Map;

/**
 * Exercises whose reference solution needs a model or simulator feature that has not landed yet, with what is
 * missing. Their tests assert that they still fail, so the moment the feature lands the test fails and says to
 * remove the entry: the list can only shrink.
 */
final class Awaiting {
    static final Map<String, String> EXERCISES = Map.of();

    /**
     * Notebook cells (found by a piece of their source) that fail until a feature lands, with what is missing. The
     * tests assert that they still fail; a learner would see the error, so keep this list short-lived.
     */
    static final Map<String, String> CELLS = Map.of();

    /**
     * Other correct solutions ("id name", as in exercises.json's "also") that the model rejects until a fix lands,
     * with what is missing. Their tests assert they still fail.
     */
    static final Map<String, String> ALTERNATIVES = Map.of();

    /**
     * Exercises that do not have three correct solutions and three wrong answers yet, with why. The test asserts
     * they still fall short, so the list can only shrink.
     */
    static final Map<String, String> ANSWERS = Map.of();

    private Awaiting() {
    }

    /** The reason a cell is expected to fail for now, or null. */
    static String cell(String source) {
        return CELLS.entrySet().stream().filter(e -> (source + "\n").contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    static String alternative(String id, String name) {
        return ALTERNATIVES.get(id + " " + name);
    }

    static boolean awaits(String id) {
        return EXERCISES.containsKey(id);
    }
}
