package vnetlab.model.compose;

import java.util.List;
import java.util.Set;

/**
 * The keys of the Compose specification (compose-spec 04-version-and-name.md, 05-services.md, 06-networks.md), split
 * into those the import reads and those it ignores because they do not change how packets move.
 * Keys in neither list are not Compose keys at all, and fail with a suggestion.
 */
final class ComposeKeys {
    private ComposeKeys() {
    }

    static final Set<String> TOP_READ = Set.of("name", "services", "networks");
    static final Set<String> TOP_IGNORED = Set.of("version", "volumes", "configs", "secrets", "include", "models");

    static final Set<String> SERVICE_READ = Set.of("image", "build", "container_name", "networks", "ports", "expose",
            "network_mode", "links", "depends_on");
    static final Set<String> SERVICE_IGNORED = Set.of("annotations", "attach", "blkio_config", "cpu_count", "cpu_percent",
            "cpu_shares", "cpu_period", "cpu_quota", "cpu_rt_runtime", "cpu_rt_period", "cpus", "cpuset", "credential_spec",
            "cap_add", "cap_drop", "cgroup", "cgroup_parent", "command", "configs", "deploy", "develop",
            "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname", "entrypoint", "env_file",
            "environment", "extends", "external_links", "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "init",
            "ipc", "isolation", "labels", "label_file", "logging", "mac_address", "mem_limit", "mem_reservation",
            "mem_swappiness", "memswap_limit", "models", "oom_kill_disable", "oom_score_adj", "pid", "pids_limit",
            "platform", "post_start", "pre_stop", "privileged", "profiles", "provider", "pull_policy", "read_only", "restart",
            "runtime", "scale", "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal",
            "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes",
            "volumes_from", "working_dir");
    /** Ignored without a warning: they only order or describe, they change no packet. */
    static final Set<String> SERVICE_SILENT = Set.of("depends_on");

    static final Set<String> SERVICE_NETWORK_READ = Set.of("aliases", "ipv4_address");
    static final Set<String> SERVICE_NETWORK_IGNORED = Set.of("ipv6_address", "link_local_ips", "mac_address",
            "driver_opts", "priority", "gw_priority", "interface_name");

    static final Set<String> NETWORK_READ = Set.of("driver", "driver_opts", "external", "internal", "ipam", "name");
    static final Set<String> NETWORK_IGNORED = Set.of("attachable", "enable_ipv4", "enable_ipv6", "labels");
    static final Set<String> IPAM_READ = Set.of("config");
    static final Set<String> IPAM_IGNORED = Set.of("driver", "options");
    static final Set<String> IPAM_CONFIG_READ = Set.of("subnet", "gateway");
    static final Set<String> IPAM_CONFIG_IGNORED = Set.of("ip_range", "aux_addresses");

    static final Set<String> PORT_READ = Set.of("target", "published", "host_ip", "protocol");
    static final Set<String> PORT_IGNORED = Set.of("mode", "app_protocol", "name");

    /** The closest read or ignored key, for "did you mean". */
    static String closest(String key, Set<String> read, Set<String> ignored) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Set<String> set : List.of(read, ignored)) {
            for (String k : set) {
                int d = vnetlab.model.EditDistance.between(key, k);
                if (d < bestDistance || d == bestDistance && k.compareTo(best) < 0) {
                    best = k;
                    bestDistance = d;
                }
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

}
