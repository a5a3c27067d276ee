package vnetlab.diagram;

import java.util.Optional;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.AddressPlan;
import vnetlab.model.Container;
import vnetlab.model.DockerEngine;
import vnetlab.model.Hypervisor;
import vnetlab.model.Vm;
import vnetlab.model.Host;
import vnetlab.model.InventoryRow;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.LayerStack;
import vnetlab.model.Topology;
import vnetlab.model.snapshot.Snapshot;

/** Dispatches model and simulation values to their drawings. */
final class ModelPictures {
    private ModelPictures() {
    }

    static Optional<Diagram> of(Object value) {
        if (value instanceof Lab lab) {
            return Optional.of(LabPicture.of(lab.snapshot()).draw());
        }
        if (value instanceof Topology t) {
            return Optional.of(LabPicture.of(t.snapshot()).draw());
        }
        if (value instanceof Snapshot s) {
            return Optional.of(LabPicture.of(s).draw());
        }
        if (value instanceof LayerStack stack) {
            return Optional.of(StackPicture.of(stack));
        }
        if (value instanceof AddressPlan plan) {
            return Optional.of(PlanPicture.of(plan));
        }
        if (value instanceof Host host) {
            return labOf(host).map(lab -> LabPicture.ofHost(lab.snapshot(), host.name()).draw());
        }
        if (value instanceof Vm vm) {
            return of(vm.host());
        }
        if (value instanceof Hypervisor hv) {
            return of(hv.host());
        }
        if (value instanceof DockerEngine engine) {
            return of(engine.machine());
        }
        if (value instanceof Container c) {
            return of(c.engine().machine());
        }
        if (value instanceof KubernetesCluster k8s) {
            return labOf(k8s).map(lab -> ClusterPicture.of(lab.snapshot(), k8s.name()).draw());
        }
        return TracePictures.of(value);
    }

    static Optional<String> html(Object value) {
        Topology topology = value instanceof Lab lab ? lab.topology() : value instanceof Topology t ? t : null;
        if (topology != null) {
            HtmlTable table = new HtmlTable("inventory of " + topology.name(), java.util.List.of("kind", "name", "where",
                    "addresses"));
            for (InventoryRow r : topology.inventory()) {
                table.row(r.kind(), r.name(), r.where(), r.addresses());
            }
            return Optional.of(table.html());
        }
        return TracePictures.html(value);
    }

    /** The session lab that holds this host (the model's entities do not point back to their lab). */
    private static Optional<Lab> labOf(Host host) {
        return Net.labs().stream().filter(l -> l.hosts().contains(host)).reduce((a, b) -> b);
    }

    private static Optional<Lab> labOf(KubernetesCluster k8s) {
        return Net.labs().stream().filter(l -> l.clusters().contains(k8s)).reduce((a, b) -> b);
    }
}
