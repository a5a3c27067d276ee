package vnetlab.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The learner's input history across kernel sessions, for {@code history_request} (tail, range, search): what
 * {@code jupyter console} shows on the up arrow. Stored per user in the Jupyter data folder
 * ({@code vnetlab/history.jsonl}: one JSON line per cell), never in a shared installation; each kernel start is a
 * new session number. Kernels of the same user append under a file lock; the file keeps the last 10,000 cells.
 *
 * <pre>{@code
 * history.add(3, "lab.trace(phone, web, 80)");
 * history.answer(tail n=10)   // {"status":"ok","history":[[7, 3, "lab.trace(phone, web, 80)"], ...]}
 * }</pre>
 */
final class History {
    private static final Logger LOG = Logger.getLogger(History.class.getName());
    private static final int KEPT = 10_000;

    /** One stored cell. */
    record Entry(int session, int line, String source) {
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();
    private final int session;

    History(Path file) {
        this.file = file;
        this.session = open();
    }

    /** The history file of the user running the kernel, under the Jupyter data folder. */
    static History forThisUser() {
        return new History(Install.userKernels().getParent().resolve("vnetlab").resolve("history.jsonl"));
    }

    /** This kernel's session number. */
    int session() {
        return session;
    }

    private int open() {
        int last = 0;
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    parse(line).ifPresent(entries::add);
                }
                for (Entry e : entries) {
                    last = Math.max(last, e.session());
                }
                if (entries.size() > KEPT) {
                    entries.subList(0, entries.size() - KEPT).clear();
                }
                int mine = last + 1;
                StringBuilder text = new StringBuilder();
                if (lines.size() > KEPT) {
                    entries.forEach(e -> text.append(json(e)).append('\n'));
                    channel.truncate(0);
                }
                text.append(json(new Entry(mine, 0, ""))).append('\n'); // claims the session number
                channel.position(channel.size());
                channel.write(StandardCharsets.UTF_8.encode(text.toString()));
                return mine;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("no input history (" + file + ": " + e.getMessage() + "); history requests answer empty");
            return last + 1;
        }
    }

    private static java.util.Optional<Entry> parse(String line) {
        try {
            JsonObject o = new JsonParser().parse(line).getAsJsonObject();
            Entry e = new Entry(o.get("session").getAsInt(), o.get("line").getAsInt(), o.get("source").getAsString());
            return e.line() > 0 ? java.util.Optional.of(e) : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty(); // a torn or foreign line: skipped
        }
    }

    private static String json(Entry e) {
        JsonObject o = new JsonObject();
        o.addProperty("session", e.session());
        o.addProperty("line", e.line());
        o.addProperty("source", e.source());
        return o.toString();
    }

    /** Records a cell of this session under its execution count. */
    synchronized void add(int line, String source) {
        Entry entry = new Entry(session, line, source);
        entries.add(entry);
        if (entries.size() > KEPT) {
            entries.remove(0);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
            channel.write(StandardCharsets.UTF_8.encode(json(entry) + "\n"));
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "history not stored: " + e.getMessage());
        }
    }

    /** The history_reply content for a history_request's content. */
    synchronized JsonObject answer(JsonObject request) {
        String type = text(request, "hist_access_type", "tail").toLowerCase(Locale.ROOT);
        boolean output = Requests.flag(request, "output", false);
        List<Entry> found = switch (type) {
            case "range" -> range(number(request, "session", 0), number(request, "start", 0),
                    number(request, "stop", Integer.MAX_VALUE));
            case "search" -> search(text(request, "pattern", "*"), number(request, "n", 0),
                    Requests.flag(request, "unique", false));
            default -> last(entries, number(request, "n", 10));
        };
        JsonArray history = new JsonArray();
        for (Entry e : found) {
            JsonArray item = new JsonArray();
            item.add(e.session());
            item.add(e.line());
            if (output) {
                JsonArray pair = new JsonArray();
                pair.add(e.source());
                pair.add((String) null); // outputs are not stored
                item.add(pair);
            } else {
                item.add(e.source());
            }
            history.add(item);
        }
        JsonObject reply = Kernel.ok();
        reply.add("history", history);
        return reply;
    }

    private List<Entry> range(int wanted, int start, int stop) {
        int s = wanted <= 0 ? session + wanted : wanted; // 0 is this session, -1 the one before
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.session() == s && e.line() >= start && e.line() < stop) {
                out.add(e);
            }
        }
        return out;
    }

    private List<Entry> search(String glob, int n, boolean unique) {
        Pattern pattern = glob(glob);
        List<Entry> matches = new ArrayList<>();
        for (Entry e : entries) {
            if (pattern.matcher(e.source()).matches()) {
                matches.add(e);
            }
        }
        if (unique) {
            Map<String, Entry> latest = new LinkedHashMap<>();
            for (Entry e : matches) {
                latest.remove(e.source());
                latest.put(e.source(), e);
            }
            matches = new ArrayList<>(latest.values());
        }
        return n > 0 ? last(matches, n) : matches;
    }

    /** A shell glob ({@code *}, {@code ?}, {@code [abc]}) as IPython's history search reads it. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[', ']' -> regex.append(c);
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<Entry> last(List<Entry> list, int n) {
        return new ArrayList<>(list.subList(Math.max(0, list.size() - Math.max(0, n)), list.size()));
    }

    private static String text(JsonObject o, String field, String absent) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                ? e.getAsString() : absent;
    }

    private static int number(JsonObject o, String field, int absent) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsInt() : absent;
    }
}
