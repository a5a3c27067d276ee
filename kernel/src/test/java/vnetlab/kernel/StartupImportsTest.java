package vnetlab.kernel;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every startup import resolves, so north-star cells run in a fresh notebook without a single import line. */
class StartupImportsTest {

    @Test
    void every_startup_import_compiles_against_the_kernel_s_classes() {
        // given a JShell that sees the kernel's classes, as the kernel's own does
        try (JShell shell = JShell.builder().executionEngine("local")
                .compilerOptions("--class-path", System.getProperty("java.class.path")).build()) {
            for (String line : StartupImports.LIST) {
                // when
                List<SnippetEvent> events = shell.eval(line);
                // then
                assertThat(events).as(line).isNotEmpty();
                assertThat(events.get(0).status()).as(line + ": " + shell.diagnostics(events.get(0).snippet())
                        .map(d -> d.getMessage(null)).toList()).isEqualTo(Snippet.Status.VALID);
            }
        }
    }

    @Test
    void the_names_of_the_north_star_resolve_after_the_imports() {
        // given
        try (JShell shell = JShell.builder().executionEngine("local")
                .compilerOptions("--class-path", System.getProperty("java.class.path")).build()) {
            StartupImports.LIST.forEach(shell::eval);
            // when a cell uses the entry point and the constants without qualification
            List<SnippetEvent> events = shell.eval("Object[] names = {Net.class, VIRTUALBOX, FLANNEL, INTERNET, "
                    + "Lab.class, Cidr.class, Trace.class};");
            // then
            assertThat(events.get(0).status()).as(String.join("; ", shell.diagnostics(events.get(0).snippet())
                    .map(d -> d.getMessage(null)).toList())).isEqualTo(Snippet.Status.VALID);
        }
    }
}
