package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointChoiceTest {

    @Test
    void the_same_seed_and_connection_always_pick_the_same_endpoint() {
        // given
        int first = EndpointChoice.pick(5, 42L, "tcp 10.0.0.1:49152 → 10.96.0.20:80");
        // when
        int again = EndpointChoice.pick(5, 42L, "tcp 10.0.0.1:49152 → 10.96.0.20:80");
        // then
        assertThat(again).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0} endpoints")
    @ValueSource(ints = {2, 3, 5})
    void the_one_over_n_cascade_makes_every_endpoint_equally_likely(int n) {
        // given
        int[] counts = new int[n];
        int connections = 6000;
        // when
        for (int i = 0; i < connections; i++) {
            counts[EndpointChoice.pick(n, 42L, "connection " + i)]++;
        }
        // then
        for (int c : counts) {
            assertThat(c).isBetween(connections / n * 85 / 100, connections / n * 115 / 100);
        }
    }

    @Test
    void a_single_endpoint_is_always_chosen() {
        // when / then
        assertThat(EndpointChoice.pick(1, 7L, "any")).isZero();
    }

    @Test
    void no_endpoints_is_refused_with_the_fix() {
        // when / then
        assertThatThrownBy(() -> EndpointChoice.pick(0, 7L, "any"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot pick an endpoint among 0; a Service needs ready pods");
    }
}
