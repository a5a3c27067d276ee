package vnetlab.diagram;

import java.util.List;
import java.util.Map;

/**
 * Lays a path over a scene (see {@link Scene#path}): finds each step's thing, marks the links taken leg by leg, and
 * adds the drop.
 */
final class PathDrawing {
    private final Scene scene;
    private final Map<String, Scene.Thing> things;
    private final List<Scene.Link> links;

    PathDrawing(Scene scene, Map<String, Scene.Thing> things, List<Scene.Link> links) {
        this.scene = scene;
        this.things = things;
        this.links = links;
    }

    void draw(List<Scene.Step> steps, String dropReason) {
        String previous = null;
        String leaving = "";
        int leg = 0;
        for (Scene.Step step : steps) {
            String id = resolve(step.id(), step.where());
            if (previous != null && !previous.equals(id)) {
                connect(previous, id, String.valueOf(leg), leaving);
                leaving = "";
            }
            if (step.hop() > 0) {
                things.get(id).highlight(String.valueOf(step.hop()));
                leg = step.hop();
            }
            if (!step.leaving().isEmpty()) {
                leaving = leaving.isEmpty() ? step.leaving() : leaving + "\n" + step.leaving();
            }
            previous = id;
        }
        if (previous != null && dropReason != null && !dropReason.isBlank()) {
            String dropId = "dropped";
            scene.thing(dropId, Element.DROP, "dropped", dropReason);
            Scene.Link l = scene.link(previous, dropId).arrow();
            l.onPath(String.valueOf(leg), "");
            l.drop();
        }
    }

    /** Marks the link(s) from {@code from} to {@code to} as leg {@code leg} of the path, the rewrite on the first. */
    private void connect(String from, String to, String leg, String text) {
        Scene.Link direct = findLink(from, to);
        if (direct != null) {
            direct.onPath(leg, text);
            return;
        }
        for (Scene.Thing middle : things.values()) {
            Scene.Link first = findLink(from, middle.id());
            Scene.Link second = first == null ? null : findLink(middle.id(), to);
            if (second != null) {
                first.onPath(leg, text);
                second.onPath(leg, "");
                return;
            }
        }
        scene.link(from, to).arrow().loose().onPath(leg, text);
    }

    private String resolve(String id, String where) {
        if (things.containsKey(id)) {
            return id;
        }
        for (int cut = id.lastIndexOf('/'); cut > 0; cut = id.lastIndexOf('/', cut - 1)) {
            if (things.containsKey(id.substring(0, cut))) {
                return id.substring(0, cut);
            }
        }
        String last = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf(':')) + 1);
        for (Scene.Thing t : things.values()) {
            if (t.id().endsWith("/" + last) || t.id().endsWith(":" + last) || t.id().equals(last)) {
                return t.id();
            }
        }
        for (Scene.Thing t : things.values()) {
            if (t.lines().get(0).equals(where)) {
                return t.id();
            }
        }
        scene.thing(id, Element.INTERNET_HOST, where.isBlank() ? id : where);
        return id;
    }

    private Scene.Link findLink(String a, String b) {
        for (Scene.Link l : links) {
            if (l.joins(a, b) && !l.isRule() && !l.isDrop()) {
                return l;
            }
        }
        for (Scene.Link l : links) {
            if (l.joins(a, b) && !l.isDrop()) {
                return l;
            }
        }
        return null;
    }
}
