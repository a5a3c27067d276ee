package vnetlab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnetlab.model.Workspace;

/** The labs of one kernel session by name, in creation order: the session workspace's part behind {@link Net#lab}. */
final class Labs {
    private final Map<String, Lab> byName = new LinkedHashMap<>();

    /** The labs of the session bound to this thread. */
    static Labs ofSession() {
        return Workspace.current().part(Labs.class, Labs::new);
    }

    synchronized Lab lab(String name) {
        return byName.computeIfAbsent(name, Lab::new);
    }

    synchronized Lab newLab(String name) {
        Lab lab = new Lab(name);
        byName.put(name, lab);
        return lab;
    }

    synchronized void register(Lab lab) {
        byName.put(lab.name(), lab);
    }

    synchronized List<Lab> all() {
        return List.copyOf(byName.values());
    }

    synchronized void forget() {
        byName.clear();
    }
}
