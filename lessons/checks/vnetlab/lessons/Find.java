package vnetlab.lessons;

import java.util.List;
import java.util.Optional;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.course.Review;
import vnetlab.model.Container;
import vnetlab.model.DockerEngine;
import vnetlab.model.Endpoint;
import vnetlab.model.Host;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.Vm;

/**
 * How checks find the learner's objects: by the names the exercise statement gives, through the model, never through
 * the learner's variable names. A lookup that finds nothing stops the check with a line saying what to create.
 *
 * <pre>{@code
 * var lab   = Find.lab(review, "Bridged vs NAT");
 * var files = Find.vm(review, lab, "files");
 * }</pre>
 */
public final class Find {
    private Find() {
    }

    /**
     * The session's lab with this name.
     *
     * @param review stopped when the lab is missing
     * @param name   the lab's name
     * @return the lab
     */
    public static Lab lab(Review review, String name) {
        return review.require(Net.labs().stream().filter(l -> l.name().equals(name)).findFirst(),
                "there is no lab named \"" + name + "\" yet: run the cells above, or create it with Net.lab(\"" + name + "\")"
                        + Names.near(name, Net.labs().stream().map(Lab::name).toList()));
    }

    /**
     * Anything a connection can start from or go to, by name.
     *
     * @param review stopped when it is missing
     * @param lab    the lab
     * @param name   the name
     * @return the endpoint
     */
    public static Endpoint endpoint(Review review, Lab lab, String name) {
        return review.require(lab.topology().findEndpoint(name),
                "lab \"" + lab.name() + "\" has nothing named \"" + name + "\" yet");
    }

    /**
     * A host by name.
     *
     * @param review stopped when it is missing
     * @param lab    the lab
     * @param name   the host's name
     * @return the host
     */
    public static Host host(Review review, Lab lab, String name) {
        return review.require(lab.hosts().stream().filter(h -> h.name().equals(name)).findFirst(),
                "lab \"" + lab.name() + "\" has no host named \"" + name + "\" yet"
                        + Names.near(name, lab.hosts().stream().map(Host::name).toList())
                        + elsewhere(lab, l -> l.hosts().stream().anyMatch(h -> h.name().equals(name))));
    }

    /**
     * A VM by name.
     *
     * @param review stopped when it is missing
     * @param lab    the lab
     * @param name   the VM's name
     * @return the VM
     */
    public static Vm vm(Review review, Lab lab, String name) {
        return review.require(vm(lab, name),
                "lab \"" + lab.name() + "\" has no VM named \"" + name + "\" yet; a hypervisor creates it with .vm(\"" + name + "\")"
                        + Names.near(name, lab.vms().stream().map(Vm::name).toList())
                        + elsewhere(lab, l -> vm(l, name).isPresent()));
    }

    /**
     * A VM by name, if there is one.
     *
     * @param lab  the lab
     * @param name the VM's name
     * @return the VM, or empty
     */
    public static Optional<Vm> vm(Lab lab, String name) {
        return lab.vms().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * A container by name, on any Docker engine of the lab (hosts' and VMs').
     *
     * @param review stopped when it is missing
     * @param lab    the lab
     * @param name   the container's name
     * @return the container
     */
    public static Container container(Review review, Lab lab, String name) {
        return review.require(container(lab, name),
                "lab \"" + lab.name() + "\" has no container named \"" + name + "\" yet; an engine starts it with .run(\"" + name + "\", image)"
                        + Names.near(name, engines(lab).stream().flatMap(e -> e.containers().stream()).map(Container::name).toList())
                        + elsewhere(lab, l -> container(l, name).isPresent()));
    }

    /**
     * A container by name, if there is one.
     *
     * @param lab  the lab
     * @param name the container's name
     * @return the container, or empty
     */
    public static Optional<Container> container(Lab lab, String name) {
        return engines(lab).stream().flatMap(e -> e.containers().stream()).filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Every Docker engine of the lab.
     *
     * @param lab the lab
     * @return the engines
     */
    public static List<DockerEngine> engines(Lab lab) {
        return lab.topology().dockerEngines();
    }

    /**
     * A Kubernetes cluster by name.
     *
     * @param review stopped when it is missing
     * @param lab    the lab
     * @param name   the cluster's name
     * @return the cluster
     */
    public static KubernetesCluster cluster(Review review, Lab lab, String name) {
        return review.require(lab.clusters().stream().filter(c -> c.name().equals(name)).findFirst(),
                "lab \"" + lab.name() + "\" has no Kubernetes cluster named \"" + name + "\" yet"
                        + Names.near(name, lab.clusters().stream().map(KubernetesCluster::name).toList()));
    }

    /** " (lab \"x\" has one: ...)" when another lab of the session holds what the exercise looks for here. */
    private static String elsewhere(Lab lab, java.util.function.Predicate<Lab> holds) {
        return Net.labs().stream().filter(l -> l != lab && holds.test(l)).findFirst()
                .map(l -> " (lab \"" + l.name() + "\" has one, but the exercise looks in lab \"" + lab.name() + "\")")
                .orElse("");
    }
}
