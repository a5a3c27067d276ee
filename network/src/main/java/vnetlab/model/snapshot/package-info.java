/**
 * The immutable snapshot of a lab that the simulator and the diagrams read: plain records, lists copied, no links
 * back to the mutable model. Objects refer to each other by name or by endpoint id (e.g. {@code vm:web}).
 *
 * <pre>{@code
 * Snapshot s = lab.snapshot();
 * s.vm("dev").orElseThrow().nics().get(0).address()   // 10.0.2.15
 * }</pre>
 */
package vnetlab.model.snapshot;
