package vnetlab;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of docs/architecture.md honest: model → sim → vnetlab (Net, Lab) → diagram → course (and the
 * lesson checks) → kernel. A package may use the layers before it, never those after it.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vnetlab");
    }

    @Test
    void layers_depend_only_on_the_layers_before_them() {
        // given the layers of docs/architecture.md
        var layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("vnetlab.model..")
                .layer("sim").definedBy("vnetlab.sim..")
                .layer("verify").definedBy("vnetlab.verify..")
                .layer("entry").definedBy("vnetlab")
                .layer("diagram").definedBy("vnetlab.diagram..")
                .layer("course").definedBy("vnetlab.course..", "vnetlab.lessons..")
                .layer("kernel").definedBy("vnetlab.kernel..")
                .whereLayer("kernel").mayNotBeAccessedByAnyLayer()
                .whereLayer("course").mayOnlyBeAccessedByLayers("kernel")
                .whereLayer("diagram").mayOnlyBeAccessedByLayers("course", "kernel")
                .whereLayer("entry").mayOnlyBeAccessedByLayers("diagram", "course", "kernel")
                .whereLayer("verify").mayOnlyBeAccessedByLayers("entry", "diagram", "course", "kernel")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("verify", "entry", "diagram", "course", "kernel");
        // when / then
        layers.check(classes);
    }

    /**
     * No static field holds a session's state: labs, warnings, the drawing engine, progress and the display sink live
     * in the session's {@link vnetlab.model.Workspace}. Static fields are constants; the few exceptions are the JVM's
     * own (one per process by nature) or memos of pure functions, each named here with its reason.
     */
    @Test
    void no_static_field_holds_session_state() {
        // given what may be static and changeable, and why
        var allowed = java.util.Map.ofEntries(
                java.util.Map.entry(
                "vnetlab.kernel.exec.Agent.instrumentation", "the JVM's one Instrumentation, handed to the agent"),
                java.util.Map.entry("vnetlab.kernel.exec.StopCheck.stopping", "read by instrumented cell bytecode"),
                java.util.Map.entry("vnetlab.kernel.exec.StopCheck.cellThread", "read by instrumented cell bytecode"),
                java.util.Map.entry("vnetlab.kernel.exec.StopCheck.cellSockets", "sockets a cell blocks on, for stop"),
                java.util.Map.entry("vnetlab.kernel.exec.StopCheck.kernelThreads", "kernel threads cells may not stop"),
                java.util.Map.entry("vnetlab.model.netfilter.KubeChains.HASHES", "memo of a pure function (hashes)"),
                java.util.Map.entry("vnetlab.sim.Visit.NONE", "an unmodifiable empty list"));
        var mutableTypes = java.util.List.of(java.util.Map.class, java.util.Collection.class,
                java.util.concurrent.atomic.AtomicReference.class, java.util.concurrent.atomic.AtomicInteger.class,
                java.util.concurrent.atomic.AtomicLong.class, java.util.concurrent.atomic.AtomicBoolean.class);
        // when
        var offenders = classes.stream()
                .filter(c -> !c.getName().startsWith("vnetlab.lessons.harness"))
                .flatMap(c -> c.getFields().stream())
                .filter(f -> f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                .filter(f -> !f.getName().startsWith("$") && !f.getName().equals("serialVersionUID"))
                .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
                        || mutableTypes.stream().anyMatch(t -> f.getRawType().isAssignableTo(t)) && !unmodifiable(f))
                .map(f -> f.getOwner().getName() + "." + f.getName())
                .filter(name -> !allowed.containsKey(name))
                .sorted()
                .toList();
        // then
        org.assertj.core.api.Assertions.assertThat(offenders)
                .as("static fields that can change; keep session state in vnetlab.model.Workspace")
                .isEmpty();
    }

    /** A static final collection whose value, read by reflection, is one of the JDK's unmodifiable collections. */
    private static boolean unmodifiable(com.tngtech.archunit.core.domain.JavaField field) {
        try {
            java.lang.reflect.Field f = field.reflect();
            f.setAccessible(true);
            Object value = f.get(null);
            String type = value == null ? "" : value.getClass().getName();
            return type.startsWith("java.util.ImmutableCollections$") || type.startsWith("java.util.Collections$Unmodifiable")
                    || type.startsWith("java.util.Collections$Empty") || type.startsWith("java.util.Collections$Singleton");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void only_the_kernel_talks_to_the_jupyter_base_kernel() {
        noClasses().that().resideOutsideOfPackage("vnetlab.kernel..")
                .should().dependOnClassesThat().resideInAPackage("io.github.spencerpark..")
                .check(classes);
    }

    @Test
    void the_model_knows_nothing_of_graphviz_or_json_rendering_libraries_outside_lab_files() {
        noClasses().that().resideInAnyPackage("vnetlab.model..", "vnetlab.sim..")
                .should().dependOnClassesThat().resideInAPackage("guru.nidi..")
                .check(classes);
    }
}
