package vnetlab.course;

/**
 * One exercise's check: it inspects the labs you built (through the model and traces, never your variable names).
 *
 * <p>Checks live in {@code lessons/checks} and are named by the exercise data, so any correct solution passes.
 *
 * <pre>{@code
 * public final class BridgedFileServer implements Check {
 *     public Feedback run(Review review) {
 *         var vm = review.vm("files");          // fails kindly when there is no such VM
 *         return review.that(vm.isBridged(), "files is bridged", "files is not bridged")
 *                      .feedback();
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Check {

    /**
     * Inspects the learner's labs and reports what is right and what is not.
     *
     * @param review a fresh review for this exercise, to collect findings into
     * @return the feedback the learner sees
     */
    Feedback run(Review review);
}
