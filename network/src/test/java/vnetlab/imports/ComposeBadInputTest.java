package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.DockerEngine;
import vnetlab.model.compose.ImportProblem;

/** Bad Compose files fail in one line naming file, line, column and the fix, and leave the lab as it was. */
class ComposeBadInputTest {
    private final Lab lab = Net.newLab("bad compose");
    private final DockerEngine docker = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2").docker();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "services:\\n  web:\\n    image: nginx\\n    ports: [\"80:80:80\"]\\n"
            + "|compose.yaml:4:13: port \"80:80:80\" has three parts, so \"80\" must be the host's IP address; write \"HOST:CONTAINER\" such as \"80:80\", or \"127.0.0.1:80:80\" to publish on localhost only",
        "services:\\n  web:\\n    image: nginx\\n    netwroks: [front]\\n"
            + "|compose.yaml:4:5: \"netwroks\" is not a Compose key in service \"web\"; did you mean \"networks\"?",
        "services:\\n  web:\\n    image: nginx\\n   ports: [\"80\"]\\n"
            + "|compose.yaml:4:4: this is not valid YAML: expected <block end>, but found '<block mapping start>'; check the indentation (spaces, not tabs) and quote values that contain \": \" or \"#\"",
        "services:\\n  web:\\n    image: nginx\\n    networks: [back]\\n"
            + "|compose.yaml:4:16: service \"web\" joins network \"back\", which the file does not declare; add it under the top-level networks:",
        "services:\\n  web:\\n    image: nginx\\n    ports: [\"70000:80\"]\\n"
            + "|compose.yaml:4:13: port \"70000:80\": host port \"70000\" must be a number 1..65535",
        "services:\\n  web:\\n    image: nginx\\n    ports: [\"8000-8002:80-81\"]\\n"
            + "|compose.yaml:4:13: port \"8000-8002:80-81\" maps 3 host ports onto 2 container ports; give both ranges the same length, e.g. \"8000-8001:80-81\"",
        "services:\\n  web:\\n    image: nginx\\n    network_mode: bridged\\n"
            + "|compose.yaml:4:19: service \"web\" has network_mode \"bridged\"; use host, none, bridge, service:NAME or container:NAME",
        "services:\\n  web:\\n    image: nginx\\n    networks:\\n      back:\\n        ipv4_address: 10.9.0.5\\nnetworks:\\n  back:\\n    ipam:\\n      config:\\n        - subnet: 10.5.0.0/24\\n"
            + "|compose.yaml:5:7: ipv4_address 10.9.0.5 of container \"app-web-1\" is not in network \"app_back\" 10.5.0.0/24; give the network an ipam subnet that holds it, or pick an address in 10.5.0.0/24",
        "services:\\n  web:\\n    image: nginx\\nnetworks:\\n  shared:\\n    external: true\\n"
            + "|compose.yaml:2:3: service \"web\" joins network \"default\"",
        "services:\\n  web:\\n    ports: [\"80:80\"]\\n"
            + "|compose.yaml:3:5: service \"web\" needs an image (or build:), e.g. image: nginx",
        "services:\\n  web:\\n    image: nginx\\n    depends_on: [db]\\n"
            + "|compose.yaml:2:3: service \"web\" depends on \"db\", which is not a service of this file; the services are [web]",
        "services:\\n  web:\\n    image: nginx\\n  web:\\n    image: httpd\\n"
            + "|compose.yaml:4:3: \"web\" appears twice in services (first at compose.yaml:2:3); keep one",
    })
    void a_bad_file_fails_in_one_line_with_file_line_column_and_fix(String yaml, String message) {
        // given
        String text = yaml.replace("\\n", "\n");
        // when / then
        if (message.endsWith("joins network \"default\"")) {
            // an unused external network is fine; the service just uses the default network
            assertThat(docker.compose(text).networks()).extracting(n -> n.name()).containsExactly("app_default");
            return;
        }
        assertThatThrownBy(() -> docker.compose(text)).isInstanceOf(ImportProblem.class).hasMessage(message);
        assertThat(docker.containers()).isEmpty();
        assertThat(docker.networks()).hasSize(3);
    }

    @Test
    void an_external_network_that_does_not_exist_fails_at_its_declaration() {
        // given
        String text = "services:\n  web:\n    image: nginx\n    networks: [shared]\nnetworks:\n  shared:\n    external: true\n";
        // when / then
        assertThatThrownBy(() -> docker.compose(text)).hasMessage("compose.yaml:6:3: network \"shared\" is external, but Docker on"
                + " docker-host has no network \"shared\"; create it first with docker.network(\"shared\") or drop external: true");
    }

    @Test
    void a_failure_late_in_the_file_leaves_nothing_half_built() {
        // given: the second service's host port is taken by a container the learner ran before
        docker.run("old", "nginx").publish(8080, 80);
        String before = lab.topology().steps().toString();
        String text = "name: half\nservices:\n  a:\n    image: nginx\n    networks: [x]\n  b:\n    image: httpd\n"
                + "    ports: [\"8080:80\"]\nnetworks:\n  x: {}\n";
        // when / then
        assertThatThrownBy(() -> docker.compose(text)).hasMessage("compose.yaml:6:3: host port 8080/tcp on docker-host is already"
                + " published by container \"old\"; remove it with docker.container(\"old\").unpublish(8080), or pick another host port"
                + " for container \"half-b-1\"");
        assertThat(docker.containers()).extracting(c -> c.name()).containsExactly("old");
        assertThat(docker.networks()).extracting(n -> n.name()).containsExactly("bridge", "host", "none");
        assertThat(lab.topology().steps().toString()).isEqualTo(before);
    }

    @Test
    void a_missing_file_names_the_full_path() {
        assertThatThrownBy(() -> docker.compose("nowhere/compose.yaml")).hasMessageStartingWith("there is no file ")
                .hasMessageEndingWith("nowhere/compose.yaml; check the name and the folder, or pass the YAML itself");
    }

    @Test
    void yaml_1_2_reads_no_as_text_so_a_boolean_key_says_true_or_false() {
        // given: YAML 1.1 would read NO as false
        String text = "services:\n  web:\n    image: nginx\n    networks: [x]\nnetworks:\n  x:\n    internal: NO\n";
        // when / then
        assertThatThrownBy(() -> docker.compose(text)).hasMessage("compose.yaml:7:15: internal must be true or false, not \"NO\""
                + " (YAML 1.2 reads yes/no/on/off as text)");
    }
}
