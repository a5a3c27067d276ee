package vnetlab.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A small HTML table for the notebook (hop tables, inventories, reachability): escaped cells, a caption, and inline
 * styles only, so it reads in light and dark Jupyter themes without a stylesheet.
 *
 * <pre>{@code
 * new HtmlTable("trace phone → web", List.of("#", "where", "what happened"))
 *     .row("1", "phone", "sent").html()
 * }</pre>
 */
public final class HtmlTable {
    private final String caption;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Boolean> alarm = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private String detailsName = "";

    /** A table with a caption and column headers. */
    public HtmlTable(String caption, List<String> headers) {
        this.caption = caption;
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; it must have one cell per header. */
    public HtmlTable row(String... cells) {
        return row(false, cells);
    }

    /** Adds a row marked as a problem (a drop): bold, with a "✖" so the mark is not colour alone. */
    public HtmlTable problemRow(String... cells) {
        return row(true, cells);
    }

    private HtmlTable row(boolean problem, String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.size()
                    + " columns " + headers + "; give one cell per column");
        }
        rows.add(List.of(cells));
        alarm.add(problem);
        details.add("");
        return this;
    }

    /**
     * Folded text under the last row's last cell, shown on demand (a click on {@code name}), so long rules do not
     * make the table taller than a screen.
     */
    public HtmlTable details(String name, String text) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("details(...) goes under a row; add the row first");
        }
        detailsName = name;
        details.set(details.size() - 1, text);
        return this;
    }

    /** How many rows. */
    public int size() {
        return rows.size();
    }

    /** The table as HTML. */
    public String html() {
        StringBuilder b = new StringBuilder(256 + rows.size() * 120);
        // margin-left:0: Notebook 6 centres tables in its output; ours read from the left, like the text around them
        b.append("<table style=\"border-collapse:collapse;font-family:sans-serif;font-size:13px;margin-left:0\">");
        b.append("<caption style=\"text-align:left;font-weight:bold;padding:4px 0\">").append(Attrs.escape(caption))
                .append("</caption><thead><tr>");
        for (String h : headers) {
            b.append("<th style=\"text-align:left;border-bottom:2px solid #888;padding:3px 8px\">")
                    .append(Attrs.escape(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (int i = 0; i < rows.size(); i++) {
            boolean problem = alarm.get(i);
            b.append(problem ? "<tr style=\"font-weight:bold;color:#B00000\">" : "<tr>");
            List<String> row = rows.get(i);
            for (int c = 0; c < row.size(); c++) {
                String text = problem && c == row.size() - 1 ? "✖ " + row.get(c) : row.get(c);
                b.append("<td style=\"border-bottom:1px solid #8884;padding:3px 8px;vertical-align:top;text-align:left\">")
                        .append(Attrs.escape(text));
                if (c == row.size() - 1 && !details.get(i).isEmpty()) {
                    b.append("<details><summary>").append(Attrs.escape(detailsName)).append("</summary>"
                            + "<pre style=\"font-size:12px;white-space:pre-wrap;margin:2px 0\">")
                            .append(Attrs.escape(details.get(i))).append("</pre></details>");
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** The table as aligned plain text. */
    public String text() {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                for (String line : row.get(c).split("\n")) {
                    width[c] = Math.max(width[c], line.length());
                }
            }
        }
        StringBuilder b = new StringBuilder(caption).append('\n');
        line(b, headers, width);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            if (alarm.get(i)) {
                row.set(row.size() - 1, "✖ " + row.get(row.size() - 1));
            }
            line(b, row, width);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).replace('\n', ' ');
            b.append(cell);
            if (c < cells.size() - 1) {
                b.append(" ".repeat(Math.max(1, width[c] - cell.length() + 2)));
            }
        }
        b.append('\n');
    }
}
