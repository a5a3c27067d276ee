package vnetlab.diagram;

import static vnetlab.Net.FLANNEL;
import static vnetlab.Net.VIRTUALBOX;

import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Host;

/** The course's canonical labs, built with the north-star cells, and their pictures. */
final class CanonicalScenes {
    private CanonicalScenes() {
    }

    /** Chapter 2: laptop ⊃ VirtualBox ⊃ web (bridged), dev (NAT, port-forward 2222 → 22), db (host-only); a phone. */
    static Lab chapter2() {
        var lab = Net.newLab("Bridged vs NAT");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(VIRTUALBOX);
        vbox.vm("web").bridged();
        var dev = vbox.vm("dev").nat();
        vbox.vm("db").hostOnly();
        home.host("phone", "192.168.1.20");
        vbox.forward(2222, dev, 22);
        return lab;
    }

    static Scene bridgedVsNat() {
        return LabPicture.of(chapter2().snapshot());
    }

    /** Chapter 3: one laptop running VMs under VirtualBox beside containers under Docker. */
    static Host containerVsVmHost() {
        var lab = Net.newLab("Containers vs VMs");
        var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(VIRTUALBOX);
        vbox.vm("web");
        vbox.vm("dev");
        var docker = laptop.docker();
        docker.run("api", "python:3.12");
        docker.run("cache", "redis:7");
        return laptop;
    }

    static Diagram containerVsVm() {
        return StackPicture.of(containerVsVmHost().layers());
    }

    /** Chapter 4: docker0 with web publishing 8080 → 80, a user-defined bridge with api, a host-network probe. */
    static Lab chapter4() {
        var lab = Net.newLab("Docker networking");
        var home = lab.lan("home", "192.168.1.0/24");
        var host = home.host("docker-host", "192.168.1.2");
        var docker = host.docker();
        docker.run("web", "nginx").publish(8080, 80);
        var backend = docker.network("backend");
        docker.run("api", "python:3.12").on(backend);
        docker.run("probe", "prom/prometheus").hostNetwork();
        home.host("phone", "192.168.1.20");
        return lab;
    }

    static Scene dockerPortPublishing() {
        return LabPicture.of(chapter4().snapshot());
    }

    /** Chapter 5: three Flannel nodes, shop ×3 behind Service shop, an Ingress for shop.example.com. */
    static Lab chapter5() {
        var lab = Net.newLab("Kubernetes ingress");
        var dc = lab.lan("datacenter", "192.168.10.0/24");
        var k8s = dc.kubernetes("shop", 3).cni(FLANNEL);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
        var svc = shop.expose(80);
        k8s.ingress("public").rule("shop.example.com", "/", svc);
        return lab;
    }

    static Scene kubernetesIngress() {
        return LabPicture.of(chapter5().snapshot());
    }
}
