package vnetlab.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vnetlab.model.Workspace;

/**
 * Every test class runs in a workspace of its own, as every kernel does: labs, warnings listeners, the drawing engine
 * and course progress start empty and vanish after the class (fixtures built in {@code @BeforeAll} belong to it). Registered for every test by JUnit's extension
 * auto-detection (src/test/resources/META-INF/services and junit-platform.properties of each module).
 */
public final class WorkspacePerTest implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkspacePerTest.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("binding", Workspace.open().bind());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Workspace.Binding binding = context.getStore(NAMESPACE).remove("binding", Workspace.Binding.class);
        if (binding != null) {
            binding.close();
        }
    }
}
