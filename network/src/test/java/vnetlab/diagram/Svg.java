package vnetlab.diagram;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Test helper: parses SVG as XML (failing on malformed output) and gives its visible text. */
final class Svg {
    private Svg() {
    }

    /** Every text element's content, joined by newlines; throws when the SVG is not well-formed XML. */
    static String text(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setValidating(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            NodeList texts = doc.getElementsByTagName("text");
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < texts.getLength(); i++) {
                b.append(texts.item(i).getTextContent()).append('\n');
            }
            return b.toString();
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** The words of a label as they appear in SVG text: HTML tags dropped, entities decoded, split on breaks. */
    static List<String> words(String label) {
        String plain = label.replaceAll("<BR/>", "\n").replaceAll("<[^>]+>", "\n")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
                .replace("\\n", "\n");
        List<String> words = new ArrayList<>();
        for (String w : plain.split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w.strip());
            }
        }
        return words;
    }
}
