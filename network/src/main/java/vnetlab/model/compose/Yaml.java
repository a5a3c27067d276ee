package vnetlab.model.compose;

import java.util.ArrayList;
import java.util.List;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads YAML 1.2 (SnakeYAML Engine, core schema) into located nodes: an unquoted {@code 22:22} stays the text
 * "22:22" and {@code NO} stays "NO", as Compose and kubectl read them.
 *
 * <pre>{@code
 * Yaml.documents("a: 1\n---\nb: 2\n", "app.yaml")   // two documents
 * }</pre>
 */
public final class Yaml {
    private Yaml() {
    }

    /**
     * Every document of the text, empty ones left out.
     *
     * @throws ImportProblem for text that is not YAML, naming the line and column
     */
    public static List<YamlValue> documents(String text, String source) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setMaxAliasesForCollections(50).build();
        List<YamlValue> out = new ArrayList<>();
        try {
            for (Node n : new Compose(settings).composeAllFromString(text)) {
                if (n != null) {
                    out.add(new YamlValue(n, source));
                }
            }
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> at(source, m)).orElse(source);
            throw new ImportProblem(where, "this is not valid YAML: " + e.getProblem()
                    + "; check the indentation (spaces, not tabs) and quote values that contain \": \" or \"#\"");
        } catch (YamlEngineException e) {
            throw new ImportProblem(source, "this is not valid YAML: " + e.getMessage());
        }
        return out;
    }

    static String at(String source, Mark m) {
        return source + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }
}
