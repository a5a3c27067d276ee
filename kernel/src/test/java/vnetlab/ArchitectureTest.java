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
                .layer("entry").definedBy("vnetlab")
                .layer("diagram").definedBy("vnetlab.diagram..")
                .layer("course").definedBy("vnetlab.course..", "vnetlab.lessons..")
                .layer("kernel").definedBy("vnetlab.kernel..")
                .whereLayer("kernel").mayNotBeAccessedByAnyLayer()
                .whereLayer("course").mayOnlyBeAccessedByLayers("kernel")
                .whereLayer("diagram").mayOnlyBeAccessedByLayers("course", "kernel")
                .whereLayer("entry").mayOnlyBeAccessedByLayers("diagram", "course", "kernel")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("entry", "diagram", "course", "kernel");
        // when / then
        layers.check(classes);
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
