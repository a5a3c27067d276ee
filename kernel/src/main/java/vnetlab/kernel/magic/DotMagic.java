package vnetlab.kernel.magic;

import vnetlab.diagram.Diagrams;

/**
 * {@code %dot} and {@code %%dot}: show the Graphviz DOT source of a value's diagram instead of the picture.
 *
 * <pre>{@code
 * %dot lab                  // works: the DOT text of the lab's diagram
 * %dot 42                   // fails: an Integer has no diagram
 * }</pre>
 */
public final class DotMagic implements Magic {
    @Override
    public String name() {
        return "dot";
    }

    @Override
    public Object run(String arguments, String body, MagicContext context) {
        String code = body == null ? arguments : body;
        if (code.isBlank()) {
            throw new IllegalArgumentException("needs a value to draw, e.g. %dot lab");
        }
        Object value = context.eval(code).orElseThrow(() -> new IllegalArgumentException(
                "\"" + code.strip() + "\" has no value to draw; end the cell with an expression such as lab"));
        String type = value.getClass().getSimpleName();
        String article = "AEIOU".indexOf(type.isEmpty() ? 'x' : type.charAt(0)) >= 0 ? "an " : "a ";
        return Diagrams.dot(value).orElseThrow(() -> new IllegalArgumentException(
                article + type + " has no diagram; %dot draws labs, hosts, traces and the"
                        + " other values that show as pictures"));
    }
}
