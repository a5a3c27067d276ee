package vnetlab.lessons.harness;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;

/**
 * A class loader for one learner session: the project's own classes (DSL, simulator, course: the network and lessons modules) are loaded afresh, so
 * every session starts with empty statics, exactly like a new kernel; everything else comes from the test's class path.
 */
final class IsolatedLoader extends ClassLoader implements LoaderDelegate {
    private final List<String> kernelLocations;
    private final Map<String, byte[]> snippets = new ConcurrentHashMap<>();

    IsolatedLoader(ClassLoader parent, List<URL> kernelLocations) {
        super("vnetlab-session", parent);
        this.kernelLocations = kernelLocations.stream().map(URL::toExternalForm).toList();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] own = snippets.get(name);
                if (own == null) {
                    own = kernelClass(name);
                }
                loaded = own != null ? defineClass(name, own, 0, own.length) : getParent().loadClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** The bytes of a class that lives in the kernel's classes (directory or jar), else null. */
    private byte[] kernelClass(String name) {
        if (!name.startsWith("vnetlab.")) {
            return null;
        }
        URL url = getParent().getResource(name.replace('.', '/') + ".class");
        if (url == null || kernelLocations.stream().noneMatch(url.toExternalForm()::contains)) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        }
    }

    @Override
    public void load(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            snippets.put(c.name(), c.bytecodes());
        }
        for (ClassBytecodes c : classes) {
            try {
                loadClass(c.name());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            snippets.put(c.name(), c.bytecodes());
        }
    }

    @Override
    public void addToClasspath(String path) {
        // The session's class path is the test's class path; nothing to add.
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        return loadClass(name);
    }
}
