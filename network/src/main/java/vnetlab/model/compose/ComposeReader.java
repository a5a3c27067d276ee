package vnetlab.model.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vnetlab.model.Cidr;
import vnetlab.model.DockerDriver;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;

/** Reads a Compose file's YAML into a {@link ComposeFile}, checking every key it meets. */
final class ComposeReader {
    private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern SERVICE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private final String source;
    private final String defaultProject;
    private final List<String> warnings = new ArrayList<>();

    ComposeReader(String source, String defaultProject) {
        this.source = source;
        this.defaultProject = defaultProject;
    }

    ComposeFile read(String text) {
        List<YamlValue> docs = Yaml.documents(text, source);
        if (docs.isEmpty()) {
            throw new ImportProblem(source, "the file is empty; a Compose file needs \"services:\" with at least one service");
        }
        if (docs.size() > 1) {
            throw docs.get(1).problem("a Compose file is one YAML document, this is a second one (after ---); "
                    + "put each project in a file of its own");
        }
        YamlValue.Entries top = docs.get(0).map("a Compose file");
        checkKeys(top, ComposeKeys.TOP_READ, ComposeKeys.TOP_IGNORED, "");
        String project = top.get("name").map(v -> project(v)).orElse(defaultProject);
        YamlValue servicesNode = top.require("services", "services:\\n  web:\\n    image: nginx");
        YamlValue.Entries services = servicesNode.map("services");
        if (services.keys().isEmpty()) {
            throw servicesNode.problem("\"services\" is empty; add one, e.g. web: {image: nginx}");
        }
        Map<String, ComposeNetwork> declared = new LinkedHashMap<>();
        top.get("networks").ifPresent(v -> {
            if (!v.isNull()) {
                YamlValue.Entries nets = v.map("networks");
                for (String key : nets.keys()) {
                    declared.put(key, network(project, key, nets.get(key).orElseThrow(), nets.key(key)));
                }
            }
        });
        List<ComposeService> read = new ArrayList<>();
        for (String name : services.keys()) {
            read.add(service(project, name, services.get(name).orElseThrow(), services.key(name), declared));
        }
        List<ComposeService> ordered = startOrder(read);
        checkReferences(ordered, declared);
        warnings.sort(java.util.Comparator.comparingLong(ComposeReader::position));
        return new ComposeFile(project, used(project, ordered, declared), ordered, warnings);
    }

    /** Sorts "file:line:col: text" lines by line and column. */
    static long position(String warning) {
        String[] p = warning.split(":", 4);
        try {
            return Long.parseLong(p[1]) * 100_000 + Long.parseLong(p[2]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private String project(YamlValue v) {
        String p = v.text("name");
        if (!PROJECT.matcher(p).matches()) {
            throw v.problem("project name \"" + p + "\" must be lowercase letters, digits, '-' and '_', starting with a letter "
                    + "or digit, e.g. \"" + p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "") + "\"");
        }
        return p;
    }

    private void checkKeys(YamlValue.Entries e, Set<String> read, Set<String> ignored, String path) {
        for (String key : e.keys()) {
            if (key.startsWith("x-") || read.contains(key)) {
                continue;
            }
            YamlValue at = e.key(key);
            if (ignored.contains(key)) {
                if (!ComposeKeys.SERVICE_SILENT.contains(key)) {
                    warnings.add(at.where() + ": ignored " + path + key + " (it does not change how packets move)");
                }
                continue;
            }
            String close = ComposeKeys.closest(key, read, ignored);
            throw at.problem("\"" + key + "\" is not a Compose key in " + e.what()
                    + (close != null ? "; did you mean \"" + close + "\"?" : "; the keys vnetlab reads here are "
                    + new java.util.TreeSet<>(read) + " (docs/import.md lists them all)"));
        }
    }

    private ComposeNetwork network(String project, String key, YamlValue v, YamlValue keyAt) {
        String what = "network \"" + key + "\"";
        if (v.isNull()) {
            return new ComposeNetwork(key, project + "_" + key, DockerDriver.BRIDGE, false, false, Optional.empty(),
                    Optional.empty(), Optional.empty(), keyAt.where());
        }
        YamlValue.Entries e = v.map(what);
        checkKeys(e, ComposeKeys.NETWORK_READ, ComposeKeys.NETWORK_IGNORED, "networks." + key + ".");
        boolean external = e.get("external").map(x -> x.isMap() ? true : x.bool("external")).orElse(false);
        boolean internal = e.get("internal").map(x -> x.bool("internal")).orElse(false);
        String name = e.get("name").map(x -> x.text("name")).orElse(external ? key : project + "_" + key);
        DockerDriver driver = e.get("driver").map(x -> driver(x, what)).orElse(DockerDriver.BRIDGE);
        Optional<String> parent = Optional.empty();
        if (e.get("driver_opts").isPresent()) {
            YamlValue.Entries opts = e.get("driver_opts").get().map("driver_opts of " + what);
            for (String k : opts.keys()) {
                if (k.equals("parent")) {
                    parent = Optional.of(opts.get(k).get().text("parent"));
                } else {
                    warnings.add(opts.key(k).where() + ": ignored networks." + key + ".driver_opts." + k
                            + " (it does not change how packets move)");
                }
            }
        }
        if ((driver == DockerDriver.MACVLAN || driver == DockerDriver.IPVLAN) && parent.isEmpty() && !external) {
            throw e.value().problem(what + " uses driver " + driver + ", which needs the host NIC it sits on: add "
                    + "driver_opts: {parent: eth0}");
        }
        Optional<Cidr> subnet = Optional.empty();
        Optional<Ipv4> gateway = Optional.empty();
        if (e.get("ipam").isPresent()) {
            YamlValue.Entries ipam = e.get("ipam").get().map("ipam of " + what);
            checkKeys(ipam, ComposeKeys.IPAM_READ, ComposeKeys.IPAM_IGNORED, "networks." + key + ".ipam.");
            if (ipam.get("config").isPresent()) {
                List<YamlValue> configs = ipam.get("config").get().list("ipam.config of " + what);
                for (int i = 0; i < configs.size(); i++) {
                    YamlValue.Entries c = configs.get(i).map("ipam.config of " + what);
                    checkKeys(c, ComposeKeys.IPAM_CONFIG_READ, ComposeKeys.IPAM_CONFIG_IGNORED, "networks." + key + ".ipam.config.");
                    if (i > 0) {
                        warnings.add(configs.get(i).where() + ": ignored the extra subnet of " + what
                                + " (vnetlab gives a network one IPv4 subnet, the first)");
                        continue;
                    }
                    if (c.get("subnet").isPresent()) {
                        YamlValue s = c.get("subnet").get();
                        Cidr cidr = cidr(s.text("subnet"), s);
                        subnet = Optional.of(cidr);
                        if (c.get("gateway").isPresent()) {
                            YamlValue g = c.get("gateway").get();
                            Ipv4 gw = address(g.text("gateway"), g, "gateway");
                            if (!cidr.contains(gw)) {
                                throw g.problem("gateway " + gw + " of " + what + " is not in its subnet " + cidr + "; use e.g. "
                                        + cidr.host(1));
                            }
                            gateway = Optional.of(gw);
                        }
                    } else if (c.get("gateway").isPresent()) {
                        throw c.value().problem("a gateway needs the subnet it is in: add subnet: next to it");
                    }
                }
            }
        }
        return new ComposeNetwork(key, name, driver, internal, external, subnet, gateway, parent, keyAt.where());
    }

    private static DockerDriver driver(YamlValue v, String what) {
        String d = v.text("driver");
        for (DockerDriver k : DockerDriver.values()) {
            if (k.toString().equals(d)) {
                return k;
            }
        }
        throw v.problem(what + " has driver \"" + d + "\"; vnetlab knows bridge, overlay, macvlan, ipvlan, host and none");
    }

    private static Cidr cidr(String text, YamlValue at) {
        Optional<Cidr> c = Cidr.tryParse(text);
        if (c.isEmpty() || !text.contains("/")) {
            throw at.problem("\"" + text + "\" is not an IPv4 subnet; write e.g. 10.5.0.0/24");
        }
        if (!c.get().network().toString().equals(text.substring(0, text.indexOf('/')))) {
            throw at.problem("subnet \"" + text + "\" has host bits set; Docker wants the network address, " + c.get());
        }
        return c.get();
    }

    private static Ipv4 address(String text, YamlValue at, String what) {
        return Ipv4.tryParse(text).orElseThrow(() -> at.problem(what + " \"" + text + "\" is not an IPv4 address; write e.g. "
                + "10.5.0.10"));
    }

    private ComposeService service(String project, String name, YamlValue v, YamlValue keyAt,
            Map<String, ComposeNetwork> declared) {
        if (!SERVICE.matcher(name).matches()) {
            throw keyAt.problem("service name \"" + name + "\" must be letters, digits, '.', '-' and '_'");
        }
        String what = "service \"" + name + "\"";
        YamlValue.Entries e = v.map(what);
        checkKeys(e, ComposeKeys.SERVICE_READ, ComposeKeys.SERVICE_IGNORED, "services." + name + ".");
        String image;
        if (e.get("image").isPresent()) {
            image = e.get("image").get().text("image");
        } else if (e.get("build").isPresent()) {
            // Compose names an image it builds <project>-<service> (compose pkg/api: GetImageNameOrDefault).
            image = project + "-" + name;
        } else {
            throw e.value().problem(what + " needs an image (or build:), e.g. image: nginx");
        }
        if (e.get("build").isPresent()) {
            warnings.add(e.key("build").where() + ": ignored services." + name + ".build (vnetlab runs the image "
                    + image + " without building it)");
        }
        String containerName = e.get("container_name").map(x -> x.text("container_name")).orElse(project + "-" + name + "-1");
        NetworkMode mode = e.get("network_mode").map(x -> mode(x, what)).orElse(NetworkMode.NETWORKS);
        List<ServiceNetwork> networks = new ArrayList<>();
        if (e.get("networks").isPresent()) {
            YamlValue n = e.get("networks").get();
            if (mode.kind() != NetworkMode.Kind.NETWORKS) {
                throw n.problem(what + " has network_mode " + mode + " and networks; Compose allows one of them, drop one");
            }
            if (n.isList()) {
                for (YamlValue item : n.list("networks of " + what)) {
                    networks.add(new ServiceNetwork(item.text("a network name"), List.of(), Optional.empty(), item.where()));
                }
            } else {
                YamlValue.Entries nets = n.map("networks of " + what);
                for (String key : nets.keys()) {
                    networks.add(serviceNetwork(name, key, nets.get(key).get(), nets.key(key)));
                }
            }
        } else if (mode.kind() == NetworkMode.Kind.NETWORKS) {
            networks.add(new ServiceNetwork("default", List.of(), Optional.empty(), keyAt.where()));
        }
        List<ComposePort> ports = new ArrayList<>();
        if (e.get("ports").isPresent()) {
            for (YamlValue p : e.get("ports").get().list("ports of " + what)) {
                ports.addAll(p.isMap() ? longPort(name, p) : shortPort(p));
            }
        }
        List<Integer> expose = new ArrayList<>();
        if (e.get("expose").isPresent()) {
            for (YamlValue x : e.get("expose").get().list("expose of " + what)) {
                String t = x.text("an expose entry");
                String number = t.endsWith("/tcp") || t.endsWith("/udp") ? t.substring(0, t.length() - 4) : t;
                expose.add(ComposePort.number(number, t, "expose port", x));
            }
        }
        Map<String, String> links = new LinkedHashMap<>();
        if (e.get("links").isPresent()) {
            for (YamlValue l : e.get("links").get().list("links of " + what)) {
                String t = l.text("a link");
                String[] parts = t.split(":", -1);
                if (parts.length > 2 || parts[0].isBlank() || parts.length == 2 && parts[1].isBlank()) {
                    throw l.problem("link \"" + t + "\" must be SERVICE or SERVICE:ALIAS, e.g. \"db:database\"");
                }
                links.put(parts[0], parts.length == 2 ? parts[1] : parts[0]);
            }
        }
        List<String> dependsOn = new ArrayList<>();
        if (e.get("depends_on").isPresent()) {
            YamlValue d = e.get("depends_on").get();
            if (d.isList()) {
                for (YamlValue x : d.list("depends_on of " + what)) {
                    dependsOn.add(x.text("a service name"));
                }
            } else {
                dependsOn.addAll(d.map("depends_on of " + what).keys());
            }
        }
        if (mode.kind() == NetworkMode.Kind.SERVICE) {
            dependsOn.add(mode.target().orElseThrow());
        }
        return new ComposeService(name, image, containerName, networks, ports, expose, mode, links, dependsOn, keyAt.where());
    }

    private ServiceNetwork serviceNetwork(String service, String key, YamlValue v, YamlValue keyAt) {
        if (v.isNull()) {
            return new ServiceNetwork(key, List.of(), Optional.empty(), keyAt.where());
        }
        YamlValue.Entries e = v.map("network \"" + key + "\" of service \"" + service + "\"");
        checkKeys(e, ComposeKeys.SERVICE_NETWORK_READ, ComposeKeys.SERVICE_NETWORK_IGNORED,
                "services." + service + ".networks." + key + ".");
        List<String> aliases = new ArrayList<>();
        if (e.get("aliases").isPresent()) {
            for (YamlValue a : e.get("aliases").get().list("aliases")) {
                aliases.add(a.text("an alias"));
            }
        }
        Optional<Ipv4> ip = e.get("ipv4_address").map(x -> address(x.text("ipv4_address"), x, "ipv4_address"));
        return new ServiceNetwork(key, aliases, ip, keyAt.where());
    }

    private static NetworkMode mode(YamlValue v, String what) {
        String m = v.text("network_mode");
        if (m.equals("host")) {
            return new NetworkMode(NetworkMode.Kind.HOST, Optional.empty());
        }
        if (m.equals("none")) {
            return new NetworkMode(NetworkMode.Kind.NONE, Optional.empty());
        }
        if (m.startsWith("service:") && m.length() > 8) {
            return new NetworkMode(NetworkMode.Kind.SERVICE, Optional.of(m.substring(8)));
        }
        if (m.startsWith("container:") && m.length() > 10) {
            return new NetworkMode(NetworkMode.Kind.CONTAINER, Optional.of(m.substring(10)));
        }
        if (m.equals("bridge")) {
            return new NetworkMode(NetworkMode.Kind.BRIDGE, Optional.empty());
        }
        throw v.problem(what + " has network_mode \"" + m + "\"; use host, none, bridge, service:NAME or container:NAME");
    }

    private List<ComposePort> shortPort(YamlValue p) {
        if (!p.isString()) {
            // An unquoted 8080 is a number in YAML: a container port. Compose reads it the same way.
            return ComposePort.parseShort(p.text("a port"), p);
        }
        return ComposePort.parseShort(p.text("a port"), p);
    }

    private List<ComposePort> longPort(String service, YamlValue p) {
        YamlValue.Entries e = p.map("a port of service \"" + service + "\"");
        checkKeys(e, ComposeKeys.PORT_READ, ComposeKeys.PORT_IGNORED, "services." + service + ".ports.");
        YamlValue targetAt = e.require("target", "target: 80");
        String target = targetAt.text("target");
        int[] targets = ends(target, targetAt, "target");
        Ipv4 hostIp = e.get("host_ip").map(x -> {
            String t = x.text("host_ip");
            if (t.contains(":")) {
                throw x.problem("host_ip " + t + " is IPv6; vnetlab models IPv4 only, use an IPv4 address or drop host_ip");
            }
            return address(t, x, "host_ip");
        }).orElse(Ipv4.ANY);
        Protocol protocol = e.get("protocol").map(x -> {
            String t = x.text("protocol");
            if (!t.equals("tcp") && !t.equals("udp")) {
                throw x.problem("protocol \"" + t + "\" must be tcp or udp");
            }
            return Protocol.parse(t);
        }).orElse(Protocol.TCP);
        List<ComposePort> out = new ArrayList<>();
        if (e.get("published").isEmpty()) {
            for (int t = targets[0]; t <= targets[1]; t++) {
                out.add(new ComposePort(hostIp, 0, t, protocol));
            }
            return out;
        }
        YamlValue pubAt = e.get("published").get();
        int[] published = ends(pubAt.text("published"), pubAt, "published");
        if (published[1] - published[0] != targets[1] - targets[0]) {
            throw pubAt.problem("published " + pubAt.text("published") + " and target " + target
                    + " must be ranges of the same length");
        }
        for (int i = 0; i <= targets[1] - targets[0]; i++) {
            out.add(new ComposePort(hostIp, published[0] + i, targets[0] + i, protocol));
        }
        return out;
    }

    private static int[] ends(String text, YamlValue at, String what) {
        String[] parts = text.split("-", -1);
        int a = ComposePort.number(parts[0], text, what, at);
        int b = parts.length == 2 ? ComposePort.number(parts[1], text, what, at) : a;
        if (parts.length > 2 || b < a) {
            throw at.problem(what + " \"" + text + "\" must be a port or a range like 8000-8010");
        }
        return new int[] {a, b};
    }

    /** depends_on first (and network_mode service:x), then file order; a cycle fails. */
    private static List<ComposeService> startOrder(List<ComposeService> services) {
        Map<String, ComposeService> byName = new LinkedHashMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        List<ComposeService> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (ComposeService s : services) {
            visit(s, byName, done, new LinkedHashSet<>(), out);
        }
        return out;
    }

    private static void visit(ComposeService s, Map<String, ComposeService> byName, Set<String> done, Set<String> path,
            List<ComposeService> out) {
        if (done.contains(s.name())) {
            return;
        }
        if (!path.add(s.name())) {
            throw new ImportProblem(s.where(), "service \"" + s.name() + "\" depends on itself through " + path
                    + "; remove one depends_on");
        }
        for (String d : s.dependsOn()) {
            ComposeService dep = byName.get(d);
            if (dep == null) {
                throw new ImportProblem(s.where(), "service \"" + s.name() + "\" depends on \"" + d + "\", which is not a service "
                        + "of this file; the services are " + byName.keySet());
            }
            visit(dep, byName, done, path, out);
        }
        path.remove(s.name());
        done.add(s.name());
        out.add(s);
    }

    private static void checkReferences(List<ComposeService> services, Map<String, ComposeNetwork> declared) {
        Set<String> names = new LinkedHashSet<>();
        services.forEach(s -> names.add(s.name()));
        for (ComposeService s : services) {
            for (ServiceNetwork n : s.networks()) {
                if (!n.key().equals("default") && !declared.containsKey(n.key())) {
                    throw new ImportProblem(n.where(), "service \"" + s.name() + "\" joins network \"" + n.key()
                            + "\", which the file does not declare; add it under the top-level networks:"
                            + (declared.isEmpty() ? "" : " (declared: " + declared.keySet() + ")"));
                }
            }
            for (String l : s.links().keySet()) {
                if (!names.contains(l)) {
                    throw new ImportProblem(s.where(), "service \"" + s.name() + "\" links to \"" + l
                            + "\", which is not a service of this file; the services are " + names);
                }
            }
        }
    }

    private static List<ComposeNetwork> used(String project, List<ComposeService> services,
            Map<String, ComposeNetwork> declared) {
        Set<String> keys = new LinkedHashSet<>();
        for (ComposeService s : services) {
            s.networks().forEach(n -> keys.add(n.key()));
        }
        List<ComposeNetwork> out = new ArrayList<>();
        if (keys.contains("default")) {
            out.add(declared.getOrDefault("default", new ComposeNetwork("default", project + "_default", DockerDriver.BRIDGE,
                    false, false, Optional.empty(), Optional.empty(), Optional.empty(), "")));
        }
        for (ComposeNetwork n : declared.values()) {
            if (!n.key().equals("default") && keys.contains(n.key())) {
                out.add(n);
            }
        }
        return out;
    }
}
