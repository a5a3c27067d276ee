package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The north-star trace cells typed verbatim into JShell with the kernel's imports, as a notebook would run them;
 * the value of each trace cell is its hop table.
 */
class NorthStarCellsInJShellTest {

    private static JShell shell;

    @BeforeAll
    static void startShell() {
        shell = JShell.builder().executionEngine("local").build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
        eval("import vnetlab.*; import vnetlab.model.*; import vnetlab.sim.*; import static vnetlab.Net.*;");
    }

    @AfterAll
    static void stopShell() {
        shell.close();
    }

    private static List<String> eval(String code) {
        List<String> values = new ArrayList<>();
        String rest = code;
        while (!rest.isBlank()) {
            var info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            for (SnippetEvent e : shell.eval(info.source())) {
                assertThat(e.status()).as("%s", e.snippet().source()).isNotEqualTo(Snippet.Status.REJECTED);
                assertThat(e.exception()).as("%s", e.snippet().source()).isNull();
                if (e.value() != null) {
                    values.add(e.value());
                }
            }
            rest = info.remaining();
        }
        return values;
    }

    @Test
    void the_chapter_2_cells_run_verbatim_and_show_hop_tables() {
        // given
        eval("""
                var lab    = Net.lab("Bridged vs NAT");
                lab.reset();
                var home   = lab.lan("home", "192.168.1.0/24");
                var laptop = home.host("laptop", "192.168.1.2");
                var vbox   = laptop.hypervisor(VIRTUALBOX);
                var web    = vbox.vm("web").bridged();
                var dev    = vbox.vm("dev").nat();
                var db     = vbox.vm("db").hostOnly();
                var phone = home.host("phone", "192.168.1.20");
                """);
        // when
        String toWeb = eval("lab.trace(phone, web, 80)").get(0);
        String toDev = eval("lab.trace(phone, dev, 22)").get(0);
        eval("vbox.forward(2222, dev, 22);");
        String forwarded = eval("lab.trace(phone, laptop, 2222)").get(0);
        String out = eval("lab.trace(dev, INTERNET, 443)").get(0);
        String hostOnly = eval("lab.trace(db, INTERNET, 443)").get(0);
        String matrix = eval("lab.reachability()").get(0);
        // then
        assertThat(toWeb).startsWith("phone → web tcp/80: delivered in 2 hops");
        assertThat(toDev).startsWith("phone → dev tcp/22: dropped at laptop: NAT hides dev; no port-forwarding rule for tcp/22");
        assertThat(forwarded).contains("DNAT 192.168.1.2:2222 → 10.0.2.15:22").contains("conntrack un-DNAT");
        assertThat(out).contains("SNAT 10.0.2.15 → 192.168.1.2 (VirtualBox NAT)").contains("SNAT 192.168.1.2 → 203.0.113.7");
        assertThat(hostOnly).contains("a host-only network has no way out");
        assertThat(matrix).startsWith("who can open a connection to whom (tcp/80)");
    }

    @Test
    void the_chapter_4_and_5_cells_run_verbatim() {
        // given
        eval("""
                var lab    = Net.lab("Docker networking");
                lab.reset();
                var home   = lab.lan("home", "192.168.1.0/24");
                var host   = home.host("docker-host", "192.168.1.2");
                var docker = host.docker();
                var web    = docker.run("web", "nginx").publish(8080, 80);
                var backend = docker.network("backend");
                var api    = docker.run("api", "python:3.12").on(backend);
                var probe  = docker.run("probe", "prom/prometheus").hostNetwork();
                """);
        // when
        String in = eval("lab.trace(home.host(\"phone\", \"192.168.1.20\"), host, 8080)").get(0);
        String out = eval("lab.trace(web, INTERNET, 443)").get(0);
        String isolated = eval("lab.trace(api, web, 80)").get(0);
        String rules = eval("host.iptables()").get(0);
        eval("""
                var lab  = Net.lab("Kubernetes ingress");
                lab.reset();
                var dc   = lab.lan("datacenter", "192.168.10.0/24");
                var k8s  = dc.kubernetes("shop", 3).cni(FLANNEL);
                var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
                var svc  = shop.expose(80);
                k8s.ingress("public").rule("shop.example.com", "/", svc);
                """);
        String ingress = eval("lab.trace(INTERNET, \"http://shop.example.com/cart\")").get(0);
        // then
        assertThat(in).contains("DNAT 192.168.1.2:8080 → 172.17.0.2:80");
        assertThat(out).contains("MASQUERADE 172.17.0.2 → 192.168.1.2");
        assertThat(isolated).contains("different bridge networks are isolated");
        assertThat(rules).contains("-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80");
        assertThat(ingress).contains("load balancer of Service ingress-nginx-controller").contains("ingress controller:")
                .contains("kube-proxy: ClusterIP").contains("(seed 42)");
    }
}
