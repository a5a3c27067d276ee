package vnetlab.course;

import vnetlab.diagram.Html;

import java.util.List;

/**
 * Which exercises you have passed, in this kernel session or any earlier one, chapter by chapter.
 *
 * <pre>{@code
 * progress()        // every chapter
 * progress(2)       // chapter 2 only
 * resetProgress()   // start over
 * }</pre>
 *
 * @param chapters one row per chapter shown
 * @param keptIn   where the passes are kept between sessions (a file), or empty when only this session knows them
 */
public record Progress(List<ChapterProgress> chapters, String keptIn) {

    /** Copies the list so a progress report never changes after it is shown. */
    public Progress {
        chapters = List.copyOf(chapters);
        keptIn = keptIn == null ? "" : keptIn;
    }

    /**
     * A report of passes that only this session knows.
     *
     * @param chapters one row per chapter shown
     */
    public Progress(List<ChapterProgress> chapters) {
        this(chapters, "");
    }

    /**
     * How many exercises passed across the chapters shown.
     *
     * <pre>{@code
     * progress(2).passed()   // 3
     * }</pre>
     *
     * @return the number passed
     */
    public int passed() {
        return chapters.stream().mapToInt(ChapterProgress::passed).sum();
    }

    /**
     * How many exercises the chapters shown have.
     *
     * <pre>{@code
     * progress(2).total()   // 5
     * }</pre>
     *
     * @return the number of exercises
     */
    public int total() {
        return chapters.stream().mapToInt(c -> c.exercises().size()).sum();
    }

    /**
     * The report as text: a line per chapter, then ✔ or · per exercise.
     *
     * <pre>{@code
     * progress().text()
     * }</pre>
     *
     * @return the report
     */
    public String text() {
        var out = new StringBuilder();
        for (var chapter : chapters) {
            out.append("Chapter ").append(chapter.number()).append(": ").append(chapter.title()).append(" — ")
               .append(chapter.passed()).append('/').append(chapter.exercises().size()).append(" passed\n");
            for (var e : chapter.exercises()) {
                out.append("  ").append(e.passed() ? "✔ " : "· ").append(e.id()).append(' ').append(e.title()).append('\n');
            }
        }
        out.append(summary());
        return out.toString();
    }

    /**
     * The last line of the report: how many passed, and where that is kept.
     *
     * @return e.g. "Passed so far: 3/26 exercises (kept in /home/me/.local/share/jupyter/vnetlab/progress.json)"
     */
    public String summary() {
        return "Passed so far: " + passed() + "/" + total() + " exercises "
                + (keptIn.isEmpty() ? "(in this kernel session only)" : "(kept in " + keptIn + "; resetProgress() starts over)");
    }

    /**
     * The report as an HTML table.
     *
     * <pre>{@code
     * progress().html()
     * }</pre>
     *
     * @return an HTML fragment
     */
    public String html() {
        var out = new StringBuilder("<table class=\"vnetlab-progress\">");
        for (var chapter : chapters) {
            out.append("<tr><th colspan=\"2\" style=\"text-align:left\">Chapter ").append(chapter.number()).append(": ")
               .append(Html.escape(chapter.title())).append(" — ").append(chapter.passed()).append('/')
               .append(chapter.exercises().size()).append("</th></tr>");
            for (var e : chapter.exercises()) {
                out.append("<tr><td>").append(e.passed() ? "✔" : "·").append("</td><td style=\"text-align:left\">")
                   .append(Html.escape(e.id() + " " + e.title())).append("</td></tr>");
            }
        }
        return out.append("</table><p>").append(Html.escape(summary())).append("</p>").toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * One chapter's line in the report.
     *
     * @param number    the chapter number
     * @param title     the chapter title
     * @param exercises each exercise and whether it passed
     */
    public record ChapterProgress(int number, String title, List<ExerciseProgress> exercises) {
        /** Copies the list. */
        public ChapterProgress {
            exercises = List.copyOf(exercises);
        }

        /**
         * How many of this chapter's exercises passed.
         *
         * @return the count
         */
        public int passed() {
            return (int) exercises.stream().filter(ExerciseProgress::passed).count();
        }
    }

    /**
     * One exercise's line in the report.
     *
     * @param id     the exercise id
     * @param title  the exercise title
     * @param passed whether a check of it has passed, in this session or an earlier one
     */
    public record ExerciseProgress(String id, String title, boolean passed) {
    }
}
