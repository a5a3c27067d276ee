package vnetlab.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what a check finds, condition by condition, and turns it into {@link Feedback}.
 *
 * <pre>{@code
 * return review.that(trace.delivered(), "the phone reaches files on port 80",
 *                    "the phone's connection to files is dropped: " + trace.dropReason())
 *              .feedback();
 * }</pre>
 */
public final class Review {
    private final Exercise exercise;
    private final List<String> right = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    /**
     * Starts an empty review of one exercise.
     *
     * @param exercise the exercise under review
     */
    public Review(Exercise exercise) {
        this.exercise = exercise;
    }

    /**
     * The exercise under review (its id, title and the idea to revisit).
     *
     * <pre>{@code
     * review.exercise().id()   // "2.1"
     * }</pre>
     *
     * @return the exercise
     */
    public Exercise exercise() {
        return exercise;
    }

    /**
     * Records one condition: the first text if it holds, the second if not.
     *
     * <pre>{@code
     * review.that(vm.isBridged(), "files is bridged", "files is NAT, so the LAN cannot see it")
     * }</pre>
     *
     * @param holds     whether the condition holds
     * @param whenRight what to tell the learner when it holds
     * @param whenWrong what to tell the learner when it does not: what was expected and what was found
     * @return this review, for the next condition
     */
    public Review that(boolean holds, String whenRight, String whenWrong) {
        (holds ? right : wrong).add(holds ? whenRight : whenWrong);
        return this;
    }

    /**
     * Records something right without a condition (for context the learner should see).
     *
     * <pre>{@code
     * review.right("found lab \"Office\"")
     * }</pre>
     *
     * @param text what is right
     * @return this review
     */
    public Review right(String text) {
        right.add(text);
        return this;
    }

    /**
     * Records something not yet right without a condition.
     *
     * <pre>{@code
     * review.wrong("web has no address yet")
     * }</pre>
     *
     * @param text what is wrong, with what was expected
     * @return this review
     */
    public Review wrong(String text) {
        wrong.add(text);
        return this;
    }

    /**
     * Returns the value if present; otherwise stops the check with the given explanation as its last finding.
     *
     * <pre>{@code
     * var lab = review.require(Find.lab("Office"), "there is no lab named \"Office\"; create it with Net.lab(\"Office\")");
     * }</pre>
     *
     * @param value       what the check needs in order to continue
     * @param whenMissing what to tell the learner when it is missing, with how to create it
     * @param <T>         the value's type
     * @return the value
     * @throws Stop (caught by {@link Course#check(String)}) when the value is missing
     */
    public <T> T require(Optional<T> value, String whenMissing) {
        if (value.isEmpty()) {
            wrong.add(whenMissing);
            throw new Stop();
        }
        return value.get();
    }

    /**
     * Stops the check unless the condition holds, recording the finding either way.
     *
     * <pre>{@code
     * review.require(lab.vms().size() > 0, "the lab has VMs", "the lab has no VM yet");
     * }</pre>
     *
     * @param holds     whether the condition holds
     * @param whenRight what to tell the learner when it holds
     * @param whenWrong what to tell the learner when it does not
     * @return this review
     */
    public Review require(boolean holds, String whenRight, String whenWrong) {
        that(holds, whenRight, whenWrong);
        if (!holds) {
            throw new Stop();
        }
        return this;
    }

    /**
     * The feedback for everything recorded so far: passed when something was checked and nothing is wrong.
     *
     * <pre>{@code
     * return review.that(ok, "right", "wrong").feedback();
     * }</pre>
     *
     * @return the feedback to show
     */
    public Feedback feedback() {
        boolean passed = wrong.isEmpty() && !right.isEmpty();
        return new Feedback(exercise.id(), exercise.title(), passed, right, wrong, passed ? "" : exercise.revisit());
    }

    /** Thrown by {@code require} to end a check early; {@link Course#check(String)} turns it into feedback. */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("check stopped early", null, false, false);
        }
    }
}
