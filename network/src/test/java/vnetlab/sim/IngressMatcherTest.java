package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vnetlab.model.PathType;

/** The examples table of the networking.k8s.io/v1 Ingress documentation ("Examples" under path types). */
class IngressMatcherTest {

    @ParameterizedTest(name = "{0} {1} vs request {2} → {3}")
    @CsvSource({
            "Prefix, /,         /anything/at/all, true",
            "Exact,  /foo,      /foo,             true",
            "Exact,  /foo,      /bar,             false",
            "Exact,  /foo,      /foo/,            false",
            "Exact,  /foo/,     /foo,             false",
            "Prefix, /foo,      /foo,             true",
            "Prefix, /foo,      /foo/,            true",
            "Prefix, /foo/,     /foo,             true",
            "Prefix, /foo/,     /foo/,            true",
            "Prefix, /aaa/bb,   /aaa/bbb,         false",
            "Prefix, /aaa/bbb,  /aaa/bbb,         true",
            "Prefix, /aaa/bbb/, /aaa/bbb,         true",
            "Prefix, /aaa/bbb,  /aaa/bbb/,        true",
            "Prefix, /aaa/bbb,  /aaa/bbb/ccc,     true",
            "Prefix, /aaa/bbb,  /aaa/bbbxyz,      false",
            "Prefix, /aaa,      /aaaccc,          false",
            "Exact,  /Foo,      /foo,             false",
    })
    void a_single_path_matches_as_the_api_documents(String type, String path, String request, boolean matches) {
        // given
        var m = new IngressMatcher<String>().route("", path, PathType.parse(type), "svc");
        // when
        var backend = m.match("example.com", request);
        // then
        assertThat(backend.isPresent()).isEqualTo(matches);
    }

    @ParameterizedTest(name = "paths {0} vs request {1} → {2}")
    @CsvSource({
            "'/,/aaa',           /aaa/ccc, /aaa",
            "'/,/aaa,/aaa/bbb',  /aaa/bbb, /aaa/bbb",
            "'/,/aaa,/aaa/bbb',  /ccc,     /",
    })
    void the_longest_matching_prefix_wins(String paths, String request, String winner) {
        // given
        var m = new IngressMatcher<String>();
        for (String p : paths.split(",")) {
            m.route("", p, PathType.PREFIX, p);
        }
        // when
        var backend = m.match("example.com", request);
        // then
        assertThat(backend).contains(winner);
    }

    @Test
    void a_request_no_path_matches_goes_to_the_default_backend() {
        // given
        var m = new IngressMatcher<String>().route("", "/aaa", PathType.PREFIX, "aaa").defaultBackend("fallback");
        // when
        var decision = m.decide("example.com", "/ccc");
        // then
        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.backend()).isEqualTo("fallback");
            assertThat(d.route()).isEmpty();
        });
    }

    @Test
    void without_a_default_backend_an_unmatched_request_gets_404() {
        // given
        var m = new IngressMatcher<String>().route("", "/aaa", PathType.PREFIX, "aaa");
        // when
        var backend = m.match("example.com", "/ccc");
        // then
        assertThat(backend).isEmpty();
    }

    @Test
    void exact_beats_prefix_on_a_tie() {
        // given
        var m = new IngressMatcher<String>()
                .route("", "/foo", PathType.PREFIX, "prefix")
                .route("", "/foo", PathType.EXACT, "exact");
        // when
        var backend = m.match("example.com", "/foo");
        // then
        assertThat(backend).contains("exact");
    }

    @ParameterizedTest(name = "rule host {0} vs {1} → {2}")
    @CsvSource({
            "foo.bar.com,  foo.bar.com,     true",
            "foo.bar.com,  bar.com,         false",
            "*.foo.com,    bar.foo.com,     true",
            "*.foo.com,    baz.bar.foo.com, false",
            "*.foo.com,    foo.com,         false",
            "'',           anything.at.all, true",
    })
    void a_host_matches_exactly_or_by_one_wildcard_label(String ruleHost, String host, boolean matches) {
        // given
        var m = new IngressMatcher<String>().route(ruleHost, "/", PathType.PREFIX, "svc");
        // when
        var backend = m.match(host, "/");
        // then
        assertThat(backend.isPresent()).isEqualTo(matches);
    }

    @Test
    void an_exact_host_rule_comes_before_a_wildcard_and_a_hostless_rule() {
        // given
        var m = new IngressMatcher<String>()
                .route("", "/", PathType.PREFIX, "any")
                .route("*.example.com", "/", PathType.PREFIX, "wildcard")
                .route("shop.example.com", "/", PathType.PREFIX, "shop");
        // when / then
        assertThat(m.match("shop.example.com:443", "/cart?x=1")).contains("shop");
        assertThat(m.match("blog.example.com", "/")).contains("wildcard");
        assertThat(m.match("example.org", "/")).contains("any");
    }

    @Test
    void a_path_without_leading_slash_is_refused_with_the_fix() {
        // given
        var m = new IngressMatcher<String>();
        // when / then
        assertThatThrownBy(() -> m.route("", "cart", PathType.PREFIX, "svc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ingress path \"cart\" must start with /; write \"/cart\"");
    }
}
