package vnetlab.model;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lab files: a lab saved as the versioned JSON list of the changes that built it (docs/lab-file-format.md), and read
 * back by replaying them through the DSL into a fresh lab, which is returned only when every step succeeded.
 *
 * <pre>{@code
 * LabFile.save(topology, Path.of("home.json"));
 * Topology again = LabFile.load(Path.of("home.json"));   // the same lab, address for address
 * }</pre>
 */
public final class LabFile {
    /** The value of the "format" field. */
    public static final String FORMAT = "vnetlab-lab";
    /** The newest version this code writes and reads. */
    public static final int VERSION = 2;
    /** The oldest version this code reads (version 1 files have no removal steps; they load unchanged). */
    public static final int OLDEST_VERSION = 1;
    /** Files larger than this are refused (a lab file is a few hundred kilobytes at most). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LabFile() {
    }

    /**
     * The lab as lab-file JSON text.
     *
     * <pre>{@code
     * LabFile.write(topology)   // {"format": "vnetlab-lab", "version": 1, "lab": "home", "steps": [...]}
     * }</pre>
     */
    public static String write(Topology topology) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("lab", topology.name());
        ArrayNode steps = root.putArray("steps");
        for (LabStep step : topology.steps()) {
            ObjectNode s = steps.addObject();
            s.put("do", step.action());
            step.args().forEach((k, v) -> s.set(k, JSON.valueToTree(v)));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write lab \"" + topology.name() + "\" as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Saves the lab to a file, replacing it.
     *
     * @throws IllegalArgumentException if the file cannot be written, naming it and why
     */
    public static Path save(Topology topology, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, write(topology), StandardCharsets.UTF_8);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot save lab \"" + topology.name() + "\" to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a lab file and rebuilds the lab.
     *
     * <pre>{@code
     * LabFile.load(Path.of("home.json"))     // works
     * LabFile.load(Path.of("missing.json"))  // fails: there is no file missing.json
     * }</pre>
     *
     * @throws IllegalArgumentException naming the file, the step and the field that are wrong
     */
    public static Topology load(Path file) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(source + " is larger than " + (MAX_BYTES >> 20) + " MiB; that is not a lab file");
            }
            return read(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("there is no file " + file + "; check the name and the folder ("
                    + Path.of("").toAbsolutePath() + ")", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(source + " is not UTF-8 text; a lab file is JSON", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds a lab from lab-file JSON text; {@code source} names it in messages.
     *
     * @throws IllegalArgumentException naming the source, the step and the field that are wrong
     */
    public static Topology read(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(source + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + " is not a lab file: expected a JSON object with \"format\", \"version\","
                    + " \"lab\" and \"steps\"");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new IllegalArgumentException(source + ": field \"format\" must be \"" + FORMAT + "\"; is this a vnetlab lab file?");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new IllegalArgumentException(source + ": field \"version\" must be a whole number, e.g. 1");
        }
        if (version.asInt() > VERSION) {
            throw new IllegalArgumentException(source + " is lab file version " + version.asInt() + ", but this vnetlab reads up to version "
                    + VERSION + "; update vnetlab to open it");
        }
        if (version.asInt() < OLDEST_VERSION) {
            throw new IllegalArgumentException(source + ": field \"version\" must be " + OLDEST_VERSION + " or more, not " + version.asInt());
        }
        JsonNode name = root.get("lab");
        if (name == null || !name.isTextual()) {
            throw new IllegalArgumentException(source + ": field \"lab\" (the lab's name) is missing or not text");
        }
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray()) {
            throw new IllegalArgumentException(source + ": field \"steps\" must be a list of steps");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("format", "version", "lab", "steps").contains(field)) {
                throw new IllegalArgumentException(source + ": unknown field \"" + field + "\"; a lab file has format, version, lab and steps");
            }
        }
        Topology topology;
        try {
            topology = new Topology(name.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": field \"lab\": " + e.getMessage(), e);
        }
        int n = 0;
        for (JsonNode step : steps) {
            n++;
            if (!step.isObject()) {
                throw new IllegalArgumentException(source + ": step " + n + " must be an object like {\"do\": \"lan\", …}");
            }
            JsonNode action = step.get("do");
            if (action == null || !action.isTextual()) {
                throw new IllegalArgumentException(source + ": step " + n + " has no \"do\" naming what it does");
            }
            Args args = new Args(source, n, action.asText(), step);
            try {
                decode(args).apply(topology);
            } catch (IllegalArgumentException | IllegalStateException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(source + ": step ")) {
                    throw e;
                }
                throw new IllegalArgumentException(args.where() + e.getMessage(), e);
            }
            args.checkAllUsed();
        }
        return topology;
    }

    private static final Map<String, Class<? extends LabStep>> KINDS = LabStep.kinds();

    /** The step a lab-file object describes: its "do" picks the record type, its fields fill the record's components. */
    static LabStep decode(Args a) {
        Class<? extends LabStep> type = KINDS.get(a.action());
        if (type == null) {
            throw a.unknownAction();
        }
        RecordComponent[] parts = type.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = a.value(parts[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " step", e);
        }
    }

    /** A step's arguments, read with messages naming the step and field. */
    static final class Args {
        private final String source;
        private final int index;
        private final String action;
        private final JsonNode node;
        private final Set<String> used = new java.util.HashSet<>(Set.of("do"));

        Args(String source, int index, String action, JsonNode node) {
            this.source = source;
            this.index = index;
            this.action = action;
            this.node = node;
        }

        String action() {
            return action;
        }

        String where() {
            return source + ": step " + index + " (\"" + action + "\"): ";
        }

        IllegalArgumentException unknownAction() {
            return new IllegalArgumentException(source + ": step " + index + ": unknown \"do\": \"" + action
                    + "\"; this file may need a newer vnetlab");
        }

        boolean has(String field) {
            used.add(field);
            JsonNode v = node.get(field);
            return v != null && !v.isNull();
        }

        String text(String field) {
            used.add(field);
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw new IllegalArgumentException(where() + "field \"" + field + "\" is missing");
            }
            if (!v.isTextual()) {
                throw new IllegalArgumentException(where() + "field \"" + field + "\" must be text, not " + v);
            }
            return v.asText();
        }

        int number(String field) {
            used.add(field);
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw new IllegalArgumentException(where() + "field \"" + field + "\" is missing");
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new IllegalArgumentException(where() + "field \"" + field + "\" must be a whole number, not " + v);
            }
            return v.asInt();
        }

        List<String> texts(String field) {
            used.add(field);
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw new IllegalArgumentException(where() + "field \"" + field + "\" must be a list of text, not " + v);
            }
            List<String> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw new IllegalArgumentException(where() + "field \"" + field + "\" must be a list of text, not " + v);
                }
                out.add(e.asText());
            }
            return out;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Enum<?> choice(String field, Class<? extends Enum> type) {
            return choiceOf(field, (Class) type);
        }

        <E extends Enum<E>> E choiceOf(String field, Class<E> type) {
            String value = text(field);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
            throw new IllegalArgumentException(where() + "field \"" + field + "\" is \"" + value + "\", not one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }

        void checkAllUsed() {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!used.contains(f)) {
                    throw new IllegalArgumentException(where() + "unknown field \"" + f + "\"");
                }
            }
        }

        /** The value of one record component, read by its type: text, a whole number, a list, an enum, or Optional. */
        Object value(RecordComponent c) {
            String field = c.getName();
            Class<?> type = c.getType();
            if (type == String.class) {
                return text(field);
            }
            if (type == int.class) {
                return number(field);
            }
            if (type == List.class) {
                return texts(field);
            }
            if (type.isEnum()) {
                return choice(field, type.asSubclass(Enum.class));
            }
            if (type == Optional.class) {
                Type inner = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                if (!has(field)) {
                    return Optional.empty();
                }
                return Optional.of(inner == Integer.class ? (Object) number(field) : text(field));
            }
            throw new IllegalStateException("a step field of type " + type + " cannot be read; use text, int, List, an enum or Optional");
        }

        Map<String, Object> raw() {
            return JSON.convertValue(node, LinkedHashMap.class);
        }
    }
}
