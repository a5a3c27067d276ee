package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing addresses, prefixes and MACs, including hostile input. */
class AddressParsingTest {

    @ParameterizedTest
    @CsvSource({
            "0.0.0.0, 0",
            "10.0.2.15, 167772687",
            "192.168.1.2, 3232235778",
            "255.255.255.255, 4294967295"
    })
    void ipv4_parses_dotted_quads(String text, long value) {
        // given / when
        Ipv4 ip = Ipv4.parse(text);
        // then
        assertThat(ip.value()).isEqualTo(value);
    }

    @Test
    void ipv4_of_octets_equals_the_parsed_address() {
        // given / when / then
        assertThat(Ipv4.of(10, 0, 2, 15)).isEqualTo(Ipv4.parse("10.0.2.15"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "300.1.1.1         | \"300.1.1.1\": 300 is not an octet (0..255)",
            "256.0.0.0         | \"256.0.0.0\": 256 is not an octet (0..255)",
            "1.2.3             | \"1.2.3\": an IPv4 address is four octets like 192.168.1.2",
            "1.2.3.4.5         | \"1.2.3.4.5\": an IPv4 address is four octets like 192.168.1.2",
            "1..2.3            | \"1..2.3\": an octet is empty; an IPv4 address is four octets like 192.168.1.2",
            "-1.0.0.0          | \"-1.0.0.0\": \"-1\" is not an octet (0..255)",
            "99999999999.0.0.1 | \"99999999999.0.0.1\": \"99999999999\" is not an octet (0..255)",
            "1.2.3.x           | \"1.2.3.x\": \"x\" is not an octet (0..255)",
            "١٢.0.0.1          | \"١٢.0.0.1\": \"١٢\" is not an octet (0..255)",
            "１.0.0.1          | \"１.0.0.1\": \"１\" is not an octet (0..255)",
            "+1.0.0.1          | \"+1.0.0.1\": \"+1\" is not an octet (0..255)",
            "010.1.0.7         | \"010.1.0.7\": \"010\" has a leading zero, which some tools read as octal; write 10",
            "1.2.3.00          | \"1.2.3.00\": \"00\" has a leading zero, which some tools read as octal; write 0"
    })
    void ipv4_rejects_bad_text_naming_it(String text, String message) {
        // given / when / then
        assertThatThrownBy(() -> Ipv4.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\n"})
    void ipv4_rejects_empty_and_whitespace(String text) {
        // given / when / then
        assertThatThrownBy(() -> Ipv4.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(": an IPv4 address is four octets like 192.168.1.2");
        assertThat(Ipv4.tryParse(text)).isEmpty();
    }

    @Test
    void ipv4_shows_control_characters_in_messages() {
        // given / when / then
        assertThatThrownBy(() -> Ipv4.parse("10.0.0.1\n")).hasMessage("\"10.0.0.1\\u000a\": \"1\\u000a\" is not an octet (0..255)");
    }

    @Test
    void ipv4_rejects_null_with_an_example() {
        // given / when / then
        assertThatThrownBy(() -> Ipv4.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an IPv4 address is needed, e.g. \"192.168.1.2\", but got null");
    }

    @Test
    void ipv4_plus_stays_inside_the_address_space() {
        // given
        Ipv4 last = Ipv4.parse("255.255.255.255");
        // when / then
        assertThat(Ipv4.parse("10.0.2.2").plus(13)).hasToString("10.0.2.15");
        assertThatThrownBy(() -> last.plus(1)).hasMessage("255.255.255.255 plus 1 is not an IPv4 address");
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.0.1, true", "172.16.0.1, true", "172.31.255.255, true", "172.32.0.1, false", "192.168.1.1, true",
            "203.0.113.7, false", "8.8.8.8, false"
    })
    void ipv4_knows_rfc1918_private_ranges(String text, boolean isPrivate) {
        // given / when / then
        assertThat(Ipv4.parse(text).isPrivate()).isEqualTo(isPrivate);
    }

    @ParameterizedTest
    @CsvSource({
            "192.168.1.0/24, 192.168.1.0/24",
            "10.0.1.7/24, 10.0.1.0/24",
            "10.1.2.3/8, 10.0.0.0/8",
            "0.0.0.0/0, 0.0.0.0/0",
            "1.2.3.4/32, 1.2.3.4/32"
    })
    void cidr_parses_and_clears_host_bits(String text, String canonical) {
        // given / when / then
        assertThat(Cidr.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/33    | \"10.0.0.0/33\": prefix length must be 0..32",
            "10.0.0.0/-1    | \"10.0.0.0/-1\": prefix length must be 0..32",
            "10.0.0.0/      | \"10.0.0.0/\": prefix length must be 0..32",
            "10.0.0.0/999999999999 | \"10.0.0.0/999999999999\": prefix length must be 0..32",
            "10.0.0.0/8/8   | \"10.0.0.0/8/8\": prefix length must be 0..32",
            "10.0.0.0/２４  | \"10.0.0.0/２４\": prefix length must be 0..32",
            "10.0.0.0       | \"10.0.0.0\": a CIDR block is an address and a prefix length, like 192.168.1.0/24",
            "300.1.1.0/24   | \"300.1.1.0/24\": 300 is not an octet (0..255)",
            "/24            | \"/24\": an IPv4 address is four octets like 192.168.1.2"
    })
    void cidr_rejects_bad_text_naming_it(String text, String message) {
        // given / when / then
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(Cidr.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "192.168.1.0/24, 255.255.255.0, 192.168.1.255, 256, 192.168.1.1, 192.168.1.254",
            "10.0.0.0/8, 255.0.0.0, 10.255.255.255, 16777216, 10.0.0.1, 10.255.255.254",
            "10.96.0.0/12, 255.240.0.0, 10.111.255.255, 1048576, 10.96.0.1, 10.111.255.254",
            "192.168.49.0/30, 255.255.255.252, 192.168.49.3, 4, 192.168.49.1, 192.168.49.2",
            "1.2.3.4/32, 255.255.255.255, 1.2.3.4, 1, 1.2.3.4, 1.2.3.4"
    })
    void cidr_computes_mask_broadcast_size_and_usable_range(String cidr, String mask, String broadcast, long size,
            String first, String last) {
        // given
        Cidr c = Cidr.parse(cidr);
        // when / then
        assertThat(c.netmask()).hasToString(mask);
        assertThat(c.broadcast()).hasToString(broadcast);
        assertThat(c.size()).isEqualTo(size);
        assertThat(c.firstHost()).hasToString(first);
        assertThat(c.lastHost()).hasToString(last);
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.0.0/8, 10.244.0.0/16, true",
            "10.244.0.0/16, 10.0.0.0/8, true",
            "10.244.0.0/16, 10.96.0.0/12, false",
            "10.0.0.0/8, 10.96.0.0/12, true",
            "192.168.0.0/16, 192.168.1.0/24, true",
            "172.17.0.0/16, 172.18.0.0/16, false",
            "0.0.0.0/0, 8.8.8.8/32, true"
    })
    void cidr_overlaps(String a, String b, boolean overlaps) {
        // given / when / then
        assertThat(Cidr.parse(a).overlaps(Cidr.parse(b))).isEqualTo(overlaps);
    }

    @ParameterizedTest
    @CsvSource({
            "10.0.2.0/24, 15, 10.0.2.15",
            "10.96.0.0/12, 10, 10.96.0.10",
            "10.96.0.0/12, 1, 10.96.0.1",
            "192.168.1.0/24, 255, 192.168.1.255"
    })
    void cidr_host_is_the_nth_address(String cidr, long n, String address) {
        // given / when / then
        assertThat(Cidr.parse(cidr).host(n)).hasToString(address);
    }

    @Test
    void cidr_host_outside_the_block_is_refused() {
        // given
        Cidr c = Cidr.parse("10.0.2.0/24");
        // when / then
        assertThatThrownBy(() -> c.host(256)).hasMessage("address number 256 is outside 10.0.2.0/24 (0..255)");
        assertThatThrownBy(() -> c.host(-1)).hasMessage("address number -1 is outside 10.0.2.0/24 (0..255)");
    }

    @Test
    void cidr_splits_into_subnets() {
        // given
        Cidr pods = Cidr.parse("10.244.0.0/16");
        // when / then
        assertThat(pods.subnet(24, 2)).hasToString("10.244.2.0/24");
        assertThat(Cidr.parse("172.20.0.0/14").subnets(16)).extracting(Cidr::toString)
                .containsExactly("172.20.0.0/16", "172.21.0.0/16", "172.22.0.0/16", "172.23.0.0/16");
        assertThatThrownBy(() -> pods.subnet(24, 256)).hasMessage("10.244.0.0/16 has 256 /24 blocks; block 256 does not exist");
        assertThatThrownBy(() -> pods.subnets(8)).hasMessage("cannot split 10.244.0.0/16 into /8 blocks; use a prefix length 16..32");
        assertThatThrownBy(() -> Cidr.parse("0.0.0.0/0").subnets(24))
                .hasMessage("0.0.0.0/0 split into /24 is 16777216 blocks; use subnet(24, n) for one of them");
    }

    @Test
    void cidr_contains_addresses_and_blocks() {
        // given
        Cidr home = Cidr.parse("192.168.1.0/24");
        // when / then
        assertThat(home.contains(Ipv4.parse("192.168.1.20"))).isTrue();
        assertThat(home.contains(Ipv4.parse("192.168.2.5"))).isFalse();
        assertThat(Cidr.parse("10.0.0.0/8").contains(Cidr.parse("10.244.0.0/16"))).isTrue();
        assertThat(Cidr.parse("10.244.0.0/16").contains(Cidr.parse("10.0.0.0/8"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "08:00:27:4F:1A:02, 08:00:27:4f:1a:02",
            "02-42-ac-11-00-02, 02:42:ac:11:00:02",
            "ff:ff:ff:ff:ff:ff, ff:ff:ff:ff:ff:ff"
    })
    void mac_parses_and_prints_lowercase(String text, String printed) {
        // given / when / then
        assertThat(Mac.parse(text)).hasToString(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "08:00:27:4f:1a     | \"08:00:27:4f:1a\": a MAC address is six hex bytes like 08:00:27:00:00:01",
            "08:00:27:4f:1a:zz  | \"08:00:27:4f:1a:zz\": \"zz\" is not a hex byte (00..ff)",
            "08:00:27:4f:1a:２２ | \"08:00:27:4f:1a:２２\": \"２２\" is not a hex byte (00..ff)"
    })
    void mac_rejects_bad_text(String text, String message) {
        // given / when / then
        assertThatThrownBy(() -> Mac.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void docker_derives_a_container_mac_from_its_address() {
        // given / when / then: moby's GenerateMACFromIP, 02:42 + the IPv4 bytes
        assertThat(Mac.docker(Ipv4.parse("172.17.0.2"))).hasToString("02:42:ac:11:00:02");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 | port 0 must be 1..65535", "65536 | port 65536 must be 1..65535",
            "-80 | port -80 must be 1..65535"})
    void ports_are_1_to_65535(int number, String message) {
        // given / when / then
        assertThatThrownBy(() -> Port.of(number)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"tcp, TCP", "UDP, UDP", " icmp , ICMP"})
    void protocols_parse_in_any_case(String text, Protocol protocol) {
        // given / when / then
        assertThat(Protocol.parse(text)).isEqualTo(protocol);
    }

    @Test
    void an_unknown_protocol_is_named() {
        // given / when / then
        assertThatThrownBy(() -> Protocol.parse("sctp")).hasMessage("\"sctp\" is not a protocol; use tcp, udp or icmp");
    }
}
