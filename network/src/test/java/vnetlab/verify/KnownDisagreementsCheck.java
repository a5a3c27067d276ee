package vnetlab.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vnetlab.sim.Trace;

/**
 * FAILING ON PURPOSE until the simulator is fixed: the scenario connections where the kernel disagrees with the
 * trace today, each with the reason filed (issue 9) or found here ("new: …"). Not run by CI (the class name does not
 * end in Test); run it on demand, as root:
 * {@code mvn -o -B -pl network test -Dtest=KnownDisagreementsCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 * When a connection agrees, move it back to {@code agree(…)} in {@link Scenarios}.
 */
class KnownDisagreementsCheck {

    static Stream<Supplier<Scenarios.Scenario>> scenarios() {
        return Scenarios.all().stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void the_kernel_agrees_with_the_traces_that_disagree_today(Supplier<Scenarios.Scenario> make) {
        // given
        Scenarios.Scenario s = make.get();
        List<Trace> traces = s.probes().stream().filter(p -> !p.known().isEmpty()).map(Scenarios.Probe::trace).toList();

        // when
        Verification v = Verifier.verify(s.lab().snapshot(), traces);

        // then
        System.out.println(v);
        assertThat(v.agreed()).as(s.name() + "\n" + v).isTrue();
    }
}
