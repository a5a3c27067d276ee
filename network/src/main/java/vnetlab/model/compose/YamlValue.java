package vnetlab.model.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML node with the place it came from, so that every message can name the file, line and column.
 *
 * <pre>{@code
 * YamlValue doc = Yaml.documents("web:\n  image: nginx\n", "compose.yaml").get(0);
 * doc.map("the file").get("web").orElseThrow().where()   // compose.yaml:2:3
 * }</pre>
 */
public final class YamlValue {
    private final Node node;
    private final String source;

    YamlValue(Node node, String source) {
        this.node = node;
        this.source = source;
    }

    /** {@code compose.yaml:7:9}: where this value starts. */
    public String where() {
        return node.getStartMark().map(m -> Yaml.at(source, m)).orElse(source);
    }

    /** The file it came from. */
    public String source() {
        return source;
    }

    /** A problem at this value. */
    public ImportProblem problem(String message) {
        return new ImportProblem(where(), message);
    }

    /** Whether it is a scalar (text, number, boolean, null). */
    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** Whether it is a list. */
    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** Whether it is a mapping. */
    public boolean isMap() {
        return node instanceof MappingNode;
    }

    /** Whether it is an empty value ({@code key:} with nothing after it, or {@code null}). */
    public boolean isNull() {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /**
     * The scalar's text as written (numbers and booleans too).
     *
     * @throws ImportProblem if it is a list or a mapping
     */
    public String text(String what) {
        if (!(node instanceof ScalarNode s)) {
            throw problem(what + " must be a single value, not a " + (isList() ? "list" : "mapping"));
        }
        return s.getValue();
    }

    /** Whether the scalar was written as a string (quoted or not a number/boolean/null). */
    public boolean isString() {
        return node instanceof ScalarNode && node.getTag().equals(Tag.STR);
    }

    /**
     * A whole number.
     *
     * @throws ImportProblem if it is not one
     */
    public int integer(String what) {
        String t = text(what).strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw problem(what + " must be a whole number, not \"" + t + "\"");
        }
    }

    /**
     * true or false.
     *
     * @throws ImportProblem for anything else (YAML 1.2: yes/no/on/off are text, not booleans)
     */
    public boolean bool(String what) {
        String t = text(what).strip();
        if (node.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(t.toLowerCase(java.util.Locale.ROOT));
        }
        throw problem(what + " must be true or false, not \"" + t + "\" (YAML 1.2 reads yes/no/on/off as text)");
    }

    /**
     * The list's items.
     *
     * @throws ImportProblem if it is not a list
     */
    public List<YamlValue> list(String what) {
        if (!(node instanceof SequenceNode s)) {
            throw problem(what + " must be a list (items starting with \"- \")");
        }
        List<YamlValue> out = new ArrayList<>();
        for (Node n : s.getValue()) {
            out.add(new YamlValue(n, source));
        }
        return out;
    }

    /**
     * The mapping's entries in file order; YAML merge keys ({@code <<: *base}) are merged in, the mapping's own keys
     * winning.
     *
     * @throws ImportProblem if it is not a mapping, or a key repeats
     */
    public Entries map(String what) {
        if (!(node instanceof MappingNode m)) {
            throw problem(what + " must be a mapping (key: value lines)" + (isNull() ? ", not empty" : ""));
        }
        Map<String, YamlValue> own = new LinkedHashMap<>();
        Map<String, YamlValue> keys = new LinkedHashMap<>();
        List<YamlValue> merged = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            YamlValue key = new YamlValue(t.getKeyNode(), source);
            String k = key.text("a key");
            YamlValue value = new YamlValue(t.getValueNode(), source);
            if (k.equals("<<") && key.node.getTag().equals(Tag.MERGE) || k.equals("<<")) {
                if (value.isList()) {
                    merged.addAll(value.list("a merge key"));
                } else {
                    merged.add(value);
                }
                continue;
            }
            if (own.containsKey(k)) {
                throw key.problem("\"" + k + "\" appears twice in " + what + " (first at " + keys.get(k).where()
                        + "); keep one");
            }
            own.put(k, value);
            keys.put(k, key);
        }
        Map<String, YamlValue> all = new LinkedHashMap<>(own);
        Map<String, YamlValue> allKeys = new LinkedHashMap<>(keys);
        for (YamlValue base : merged) {
            Entries b = base.map("a merged mapping");
            for (String k : b.keys()) {
                if (!all.containsKey(k)) {
                    all.put(k, b.get(k).orElseThrow());
                    allKeys.put(k, b.key(k));
                }
            }
        }
        return new Entries(this, what, all, allKeys);
    }

    /** The entries of a mapping, with the place of each key. */
    public static final class Entries {
        private final YamlValue at;
        private final String what;
        private final Map<String, YamlValue> values;
        private final Map<String, YamlValue> keys;

        Entries(YamlValue at, String what, Map<String, YamlValue> values, Map<String, YamlValue> keys) {
            this.at = at;
            this.what = what;
            this.values = values;
            this.keys = keys;
        }

        /** The keys in file order. */
        public List<String> keys() {
            return List.copyOf(values.keySet());
        }

        /** The value of a key, if present. */
        public Optional<YamlValue> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        /** The value of a key that must be there. */
        public YamlValue require(String key, String example) {
            YamlValue v = values.get(key);
            if (v == null) {
                throw at.problem(what + " needs \"" + key + "\", e.g. " + example);
            }
            return v;
        }

        /** Where the key itself is written. */
        public YamlValue key(String key) {
            return keys.get(key);
        }

        /** The mapping itself. */
        public YamlValue value() {
            return at;
        }

        /** What it is, in the learner's words (e.g. {@code service "web"}). */
        public String what() {
            return what;
        }
    }
}
