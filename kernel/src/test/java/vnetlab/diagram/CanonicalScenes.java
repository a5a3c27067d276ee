package vnetlab.diagram;

import java.util.List;

/** The course's canonical pictures, built scene by scene as the lab drawings build them (north-star cells). */
final class CanonicalScenes {
    private CanonicalScenes() {
    }

    /** Chapter 2: laptop ⊃ VirtualBox ⊃ web (bridged), dev (NAT, port-forward 2222 → 22), db (host-only). */
    static Scene bridgedVsNat() {
        var s = new Scene("Bridged vs NAT");
        s.thing("INTERNET", Element.INTERNET, "internet");
        s.thing("home/router", Element.ROUTER, "home router", "NAT → 203.0.113.7");
        s.thing("home", Element.LAN, "home", "192.168.1.0/24");
        var laptop = s.box("laptop", Layer.PHYSICAL, "laptop");
        laptop.thing("laptop", Element.HOST, "laptop", "eth0");
        var vbox = laptop.box("laptop/vbox", Layer.HYPERVISOR, "VirtualBox");
        vbox.thing("laptop/vbox/nat-dev", Element.NAT, "NAT engine of dev", "gw 10.0.2.2 · DNS 10.0.2.3");
        vbox.thing("laptop/vbox/vboxnet0", Element.SWITCH, "vboxnet0", "host-only 192.168.56.0/24");
        vbox.thing("laptop/vbox/web", Element.VM, "web", "bridged");
        vbox.thing("laptop/vbox/dev", Element.VM, "dev", "NAT");
        vbox.thing("laptop/vbox/db", Element.VM, "db", "host-only");
        s.thing("phone", Element.HOST, "phone");
        s.link("INTERNET", "home/router").head("203.0.113.7");
        s.link("home/router", "home").tail("192.168.1.1");
        s.link("home", "laptop").head("192.168.1.2");
        s.link("home", "phone").head("192.168.1.20");
        s.link("home", "laptop/vbox/web").head("192.168.1.100").label("bridged").in(Layer.HYPERVISOR);
        s.link("laptop", "laptop/vbox/nat-dev").in(Layer.HYPERVISOR);
        s.link("laptop/vbox/nat-dev", "laptop/vbox/dev").head("10.0.2.15").in(Layer.HYPERVISOR);
        s.link("laptop", "laptop/vbox/vboxnet0").head("192.168.56.1").in(Layer.HYPERVISOR);
        s.link("laptop/vbox/vboxnet0", "laptop/vbox/db").head("192.168.56.101").in(Layer.HYPERVISOR);
        s.link("laptop", "laptop/vbox/dev").rule().label("forward tcp 2222 → 22");
        s.legend(Layer.PHYSICAL, Layer.HYPERVISOR, Layer.INTERNET);
        return s;
    }

    /** Chapter 3: a VM host beside a container host (the shared host kernel spans the container side). */
    static Diagram containerVsVm() {
        return StackPicture.draw("laptop", "Linux", List.of(
                new StackPicture.Column("VirtualBox", "hypervisor", false, List.of(
                        new StackPicture.Guest("web", "Ubuntu"), new StackPicture.Guest("dev", "Debian"))),
                new StackPicture.Column("Docker Engine", "container runtime", true, List.of(
                        new StackPicture.Guest("api", ""), new StackPicture.Guest("cache", "")))));
    }

    /** Chapter 4: docker0 with web publishing 8080 → 80, a user-defined bridge, a host-network container. */
    static Scene dockerPortPublishing() {
        var s = new Scene("Docker networking");
        s.thing("INTERNET", Element.INTERNET, "internet");
        s.thing("home/router", Element.ROUTER, "home router", "NAT → 203.0.113.7");
        s.thing("home", Element.LAN, "home", "192.168.1.0/24");
        var host = s.box("docker-host", Layer.PHYSICAL, "docker-host");
        host.thing("docker-host", Element.HOST, "docker-host", "eth0");
        var docker = host.box("docker-host/docker", Layer.CONTAINER, "Docker Engine");
        docker.thing("docker-host/docker/nat", Element.NAT, "iptables NAT", "DNAT published ports · MASQUERADE")
                .in(Layer.CONTAINER);
        docker.thing("docker-host/docker/bridge", Element.BRIDGE, "docker0", "bridge 172.17.0.0/16");
        docker.thing("docker-host/docker/backend", Element.BRIDGE, "br-3f8a1c2e9b7d", "backend 172.18.0.0/16",
                "DNS 127.0.0.11");
        docker.thing("docker-host/docker/web", Element.CONTAINER, "web", "nginx");
        docker.thing("docker-host/docker/api", Element.CONTAINER, "api", "python:3.12");
        docker.thing("docker-host/docker/probe", Element.CONTAINER, "probe", "prom/prometheus", "host network");
        s.link("INTERNET", "home/router").head("203.0.113.7");
        s.link("home/router", "home").tail("192.168.1.1");
        s.link("home", "docker-host").head("192.168.1.2");
        s.link("docker-host", "docker-host/docker/nat").in(Layer.CONTAINER);
        s.link("docker-host/docker/nat", "docker-host/docker/bridge").head("172.17.0.1").in(Layer.CONTAINER);
        s.link("docker-host/docker/nat", "docker-host/docker/backend").head("172.18.0.1").in(Layer.CONTAINER);
        s.link("docker-host/docker/bridge", "docker-host/docker/web").head("172.17.0.2").in(Layer.CONTAINER);
        s.link("docker-host/docker/backend", "docker-host/docker/api").head("172.18.0.2").in(Layer.CONTAINER);
        s.link("docker-host", "docker-host/docker/probe").label("shares the host's stack").in(Layer.CONTAINER);
        s.link("docker-host", "docker-host/docker/web").rule().label("publish 8080 → 80");
        s.legend(Layer.PHYSICAL, Layer.CONTAINER, Layer.INTERNET);
        return s;
    }

    /** Chapter 5: load balancer → ingress controller → Service shop → three pods on three nodes. */
    static Scene kubernetesIngress() {
        var s = new Scene("Kubernetes ingress");
        s.thing("INTERNET", Element.INTERNET, "internet", "shop.example.com");
        s.thing("datacenter/router", Element.ROUTER, "datacenter router", "NAT → 203.0.113.8");
        s.thing("datacenter", Element.LAN, "datacenter", "192.168.10.0/24");
        var k8s = s.box("shop", Layer.KUBERNETES, "cluster shop · Flannel · pods 10.244.0.0/16 · services 10.96.0.0/12");
        k8s.thing("shop/lb", Element.SERVICE, "load balancer", "198.51.100.10 :80 → NodePort 30080");
        k8s.thing("shop/ingress", Element.INGRESS, "ingress controller", "rule public:", "shop.example.com/ → shop:80");
        k8s.thing("shop/svc/shop", Element.SERVICE, "Service shop", "ClusterIP 10.96.0.100 :80 → :8080");
        for (int i = 1; i <= 3; i++) {
            var node = k8s.box("shop/node-" + i, Layer.KUBERNETES, "node shop-" + i);
            node.thing("shop/node-" + i, Element.HOST, "shop-" + i, "eth0 · flannel.1");
            node.thing("shop/node-" + i + "/cni0", Element.BRIDGE, "cni0", "10.244." + (i - 1) + ".1/24")
                    .in(Layer.KUBERNETES);
            node.thing("shop/node-" + i + "/pod", Element.POD, "shop-pod-" + i, "10.244." + (i - 1) + ".2:8080");
            s.link("datacenter", "shop/node-" + i).head("192.168.10." + (10 + i));
            s.link("shop/node-" + i, "shop/node-" + i + "/cni0").in(Layer.KUBERNETES);
            s.link("shop/node-" + i + "/cni0", "shop/node-" + i + "/pod").in(Layer.KUBERNETES);
        }
        s.link("INTERNET", "datacenter/router").head("203.0.113.8");
        s.link("datacenter/router", "datacenter").tail("192.168.10.1");
        s.link("INTERNET", "shop/lb").arrow().label("http://shop.example.com");
        s.link("shop/lb", "shop/ingress").arrow().label("any node :30080").in(Layer.KUBERNETES);
        s.link("shop/ingress", "shop/svc/shop").arrow().label("host shop.example.com, path /").in(Layer.KUBERNETES);
        for (int i = 1; i <= 3; i++) {
            s.link("shop/svc/shop", "shop/node-" + i + "/pod").arrow().label("1/" + (4 - i)).in(Layer.KUBERNETES)
                    .loose();
        }
        s.legend(Layer.PHYSICAL, Layer.KUBERNETES, Layer.INTERNET);
        return s;
    }
}
