package vnetlab.model;

import java.util.Optional;

/**
 * Where one of a cluster's address ranges comes from: a default (the CNI's pool, kubeadm's service range), the
 * learner's choice, or, with AWS VPC CNI, the node subnet itself. Only chosen ranges are held to the overlap rules at
 * the call that sets them; a default that overlaps is reported (warning, address plan) until the learner chooses.
 */
sealed interface RangeChoice {
    /** The range, empty when pods take addresses from the node subnet. */
    Optional<Cidr> cidr();

    /** Whether the learner chose it (and so it is held to the overlap rules). */
    boolean chosen();

    /** How the address plan names where it comes from: "chosen", "Flannel's default" … */
    String origin();

    /** A default range, e.g. Flannel's 10.244.0.0/16 or kubeadm's 10.96.0.0/12. */
    record Default(Cidr range, String origin) implements RangeChoice {
        @Override
        public Optional<Cidr> cidr() {
            return Optional.of(range);
        }

        @Override
        public boolean chosen() {
            return false;
        }
    }

    /** A range the learner set. */
    record Chosen(Cidr range) implements RangeChoice {
        @Override
        public Optional<Cidr> cidr() {
            return Optional.of(range);
        }

        @Override
        public boolean chosen() {
            return true;
        }

        @Override
        public String origin() {
            return "chosen";
        }
    }

    /** AWS VPC CNI: pods take addresses from the node subnet, there is no pod range. */
    record NodeSubnet() implements RangeChoice {
        @Override
        public Optional<Cidr> cidr() {
            return Optional.empty();
        }

        @Override
        public boolean chosen() {
            return true;
        }

        @Override
        public String origin() {
            return "AWS VPC CNI: the node subnet";
        }
    }

    /** A CNI's own pod range: its default pool, or the node subnet for AWS VPC CNI. */
    static RangeChoice defaultOf(Cni cni) {
        return cni.defaultPodRange().<RangeChoice>map(r -> new Default(r, cni.label() + "'s default")).orElseGet(NodeSubnet::new);
    }
}
