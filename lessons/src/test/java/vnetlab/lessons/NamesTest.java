package vnetlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @Test
    void a_near_miss_is_named_and_a_far_one_is_not() {
        assertThat(Names.near("nas", List.of("laptop", "nass"))).isEqualTo(" (there is \"nass\": names must match exactly)");
        assertThat(Names.near("my lab", List.of("My Lab"))).isEqualTo(" (there is \"My Lab\": names must match exactly)");
        assertThat(Names.near("nas", List.of("laptop", "phone"))).isEmpty();
        assertThat(Names.near("nas", List.of("nas"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"nas,nass,1", "bridge,bridged,1", "kitten,sitting,3", "'',abc,3", "same,same,0"})
    void distance_counts_the_edits(String a, String b, int edits) {
        assertThat(Names.distance(a, b)).isEqualTo(edits);
    }
}
