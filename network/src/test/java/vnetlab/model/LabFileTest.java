package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vnetlab.Net;

/** Lab files round-trip exactly, and bad files fail with one line naming the file, step and field. */
class LabFileTest {
    @TempDir
    Path dir;

    @BeforeEach
    void freshSession() {
        Net.forgetLabs();
    }

    static Topology everything() {
        var t = new Topology("everything");
        var home = t.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var web = vbox.vm("web").bridged();
        var dev = vbox.vm("dev").nat();
        vbox.vm("db").hostOnly();
        dev.nic(2).natNetwork("NatNetwork");
        vbox.forward(2222, dev, 22);
        web.nat();
        home.host("tablet");
        web.bridged().memory(4096).cpus(2);
        var docker = laptop.docker();
        docker.run("web", "nginx").publish(8080, 80);
        var api = docker.run("api", "python:3.12");
        docker.run("x", "alpine");
        api.on(docker.network("backend"), "api-v1");
        docker.run("probe", "prom/prometheus").hostNetwork();
        docker.run("lonely", "alpine").noNetwork();
        docker.run("printer", "cups").on(docker.macvlan("lan", "eth0"));
        var server = home.host("server", "192.168.1.30");
        var kvm = server.hypervisor(HypervisorKind.KVM);
        var other = home.host("server2", "192.168.1.31").hypervisor(HypervisorKind.KVM);
        kvm.vm("guest").bridged();
        t.hypervisorCluster("ha").add(kvm).add(other).fail(server);
        var swarm = t.swarm("prod").join(docker).join(home.host("node2", "192.168.1.32").docker());
        docker.run("s1", "nginx").on(swarm.overlay("web"));
        laptop.kind("dev", 2);
        laptop.dockerDesktop().run("desk", "nginx").publish(9000, 80);
        var k8s = t.lan("dc", "192.168.10.0/24").kubernetes("shop", 3).cni(Cni.FLANNEL).mustReach("172.16.0.0/16");
        var shop = k8s.deployment("shop", "shop:1.4").replicas(5).port(8080).replicas(3).sidecar("envoy", "envoyproxy/envoy:v1.31");
        var svc = shop.expose(80).nodePort(30080).loadBalancer().externalTrafficPolicy(TrafficPolicy.LOCAL);
        k8s.ingress("public").rule("shop.example.com", "/", svc).rule("*.example.com", "/api", PathType.EXACT, svc).defaultBackend(svc);
        k8s.service("canary", 80, 8080, "app=shop").loadBalancer().publicName("canary.example.com");
        t.internetHost("example.com", "93.184.216.34");
        t.internetHost("api.example.net");
        return t;
    }

    @Test
    void a_saved_lab_loads_back_address_for_address() {
        // given
        var original = everything();
        var file = dir.resolve("everything.json");
        // when
        LabFile.save(original, file);
        var loaded = LabFile.load(file);
        // then
        assertThat(loaded.snapshot()).isEqualTo(original.snapshot());
        assertThat(loaded.steps()).isEqualTo(original.steps());
        assertThat(LabFile.write(loaded)).isEqualTo(LabFile.write(original));
    }

    @Test
    void re_running_cells_does_not_grow_the_file() {
        // given
        var t = new Topology("rerun");
        Runnable cell = () -> {
            var vbox = t.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2").hypervisor(HypervisorKind.VIRTUALBOX);
            vbox.forward(2222, vbox.vm("dev").nat(), 22);
        };
        cell.run();
        int steps = t.steps().size();
        // when
        cell.run();
        // then
        assertThat(t.steps()).hasSize(steps);
    }

    @Test
    void the_file_is_readable_json_with_format_version_lab_and_steps() {
        // given
        var t = new Topology("tiny");
        t.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        // when
        var json = LabFile.write(t);
        // then
        assertThat(json).isEqualTo("""
                {
                  "format" : "vnetlab-lab",
                  "version" : 2,
                  "lab" : "tiny",
                  "steps" : [ {
                    "do" : "lan",
                    "name" : "home",
                    "cidr" : "192.168.1.0/24"
                  }, {
                    "do" : "host",
                    "lan" : "home",
                    "name" : "laptop",
                    "address" : "192.168.1.2"
                  } ]
                }
                """);
    }

    @Test
    void net_load_replaces_the_session_lab_of_that_name() {
        // given
        var lab = Net.lab("home");
        lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        var file = lab.save(dir.resolve("home.json").toString());
        lab.reset();
        // when
        var loaded = Net.load(file.toString());
        // then
        assertThat(Net.lab("home")).isSameAs(loaded);
        assertThat(loaded.hosts()).extracting(Host::name).containsExactly("laptop");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{`                                  | lab.json is not valid JSON (line 1, column 2): Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])",
            "`[]`                                 | lab.json is not a lab file: expected a JSON object with \"format\", \"version\", \"lab\" and \"steps\"",
            "`{}`                                 | lab.json: field \"format\" must be \"vnetlab-lab\"; is this a vnetlab lab file?",
            "`{\"format\":\"vnetlab-lab\"}`       | lab.json: field \"version\" must be a whole number, e.g. 1",
            "`{\"format\":\"vnetlab-lab\",\"version\":3,\"lab\":\"x\",\"steps\":[]}` | lab.json is lab file version 3, but this vnetlab reads up to version 2; update vnetlab to open it",
            "`{\"format\":\"vnetlab-lab\",\"version\":0,\"lab\":\"x\",\"steps\":[]}` | lab.json: field \"version\" must be 1 or more, not 0",
            "`{\"format\":\"vnetlab-lab\",\"version\":\"1\",\"lab\":\"x\",\"steps\":[]}` | lab.json: field \"version\" must be a whole number, e.g. 1",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"steps\":[]}` | lab.json: field \"lab\" (the lab's name) is missing or not text",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\"}` | lab.json: field \"steps\" must be a list of steps",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[],\"extra\":1}` | lab.json: unknown field \"extra\"; a lab file has format, version, lab and steps",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[1]}` | lab.json: step 1 must be an object like {\"do\": \"lan\", …}",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{}]}` | lab.json: step 1 has no \"do\" naming what it does",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{\"do\":\"teleport\"}]}` | lab.json: step 1: unknown \"do\": \"teleport\"; this file may need a newer vnetlab",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{\"do\":\"lan\",\"name\":\"home\"}]}` | lab.json: step 1 (\"lan\"): field \"cidr\" is missing",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{\"do\":\"lan\",\"name\":\"home\",\"cidr\":24}]}` | lab.json: step 1 (\"lan\"): field \"cidr\" must be text, not 24",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{\"do\":\"lan\",\"name\":\"home\",\"cidr\":\"10.0.0.0/33\"}]}` | lab.json: step 1 (\"lan\"): \"10.0.0.0/33\": prefix length must be 0..32",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{\"do\":\"lan\",\"name\":\"home\",\"cidr\":\"10.0.0.0/24\",\"colour\":\"red\"}]}` | lab.json: step 1 (\"lan\"): unknown field \"colour\"",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{\"do\":\"host\",\"name\":\"h\"},{\"do\":\"hypervisor\",\"host\":\"h\",\"kind\":\"HYPERV\"}]}` | lab.json: step 2 (\"hypervisor\"): field \"kind\" is \"HYPERV\", not one of VIRTUALBOX, VMWARE, KVM, DOCKER_DESKTOP",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"x\",\"steps\":[{\"do\":\"vm.memory\",\"vm\":\"ghost\",\"mib\":1}]}` | lab.json: step 1 (\"vm.memory\"): there is no VM \"ghost\" yet; steps must create it first",
            "`{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"\",\"steps\":[]}` | lab.json: field \"lab\": a lab needs a name, e.g. \"web\""
    })
    void a_bad_file_fails_naming_the_field(String json, String message) {
        // given / when / then
        assertThatThrownBy(() -> LabFile.read(json, "lab.json")).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void a_failing_load_leaves_the_session_lab_untouched() throws Exception {
        // given
        var lab = Net.lab("home");
        lab.lan("home", "192.168.1.0/24");
        var file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\":\"vnetlab-lab\",\"version\":1,\"lab\":\"home\",\"steps\":[{\"do\":\"lan\",\"name\":\"x\","
                + "\"cidr\":\"10.0.0.0/24\"},{\"do\":\"teleport\"}]}");
        // when
        assertThatThrownBy(() -> Net.load(file.toString())).isInstanceOf(IllegalArgumentException.class);
        // then
        assertThat(Net.lab("home")).isSameAs(lab);
        assertThat(lab.lans()).extracting(Lan::name).containsExactly("home");
    }

    @Test
    void a_missing_file_is_named() {
        // given
        var missing = dir.resolve("nope.json");
        // when / then
        assertThatThrownBy(() -> LabFile.load(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("there is no file " + missing + "; check the name and the folder");
    }

    @Test
    void a_binary_file_is_not_utf8() throws Exception {
        // given
        var file = dir.resolve("photo.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00});
        // when / then
        assertThatThrownBy(() -> LabFile.load(file)).hasMessage("photo.json is not UTF-8 text; a lab file is JSON");
    }
}
