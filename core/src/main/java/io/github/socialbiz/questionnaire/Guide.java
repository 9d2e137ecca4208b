package io.github.socialbiz.questionnaire;

import io.github.socialbiz.internal.Markdown;
import io.github.socialbiz.practice.Dimension;
import java.util.List;

/** The Markdown interview guide of a {@link Questionnaire}: a pure function of its questions. */
final class Guide {

  private Guide() {}

  static String markdown(Questionnaire questionnaire) {
    List<Question> questions = questionnaire.questions();
    long dimensions = questions.stream().map(Question::dimension).distinct().count();
    StringBuilder out = new StringBuilder();
    out.append("# Interview guide\n\n");
    out.append(questions.size())
        .append(questions.size() == 1 ? " question" : " questions")
        .append(" in ")
        .append(dimensions)
        .append(dimensions == 1 ? " dimension" : " dimensions")
        .append(
            ". Read each question to the respondents, then the answers in order. For each answer the"
                + " guide says what to look for to confirm it and the strongest basis that evidence"
                + " supports: artifact checked (you saw it), interview (you heard it from people who"
                + " do the work) or self-reported (you were told). \"Don't know\" leaves a question"
                + " not assessed, which is not the same as none; \"not applicable\" puts a practice"
                + " out of scope and needs the respondent's reason.\n");
    for (Dimension d : Dimension.values()) {
      List<Question> inDimension = questions.stream().filter(q -> q.dimension() == d).toList();
      if (inDimension.isEmpty()) {
        continue;
      }
      out.append("\n## ").append(md(d.displayName())).append("\n\n");
      out.append(md(d.description())).append(".\n");
      for (Question q : inDimension) {
        question(out, q);
      }
    }
    return out.toString();
  }

  private static void question(StringBuilder out, Question q) {
    out.append("\n### ").append(md(q.subject())).append(" (`").append(q.id()).append("`)\n\n");
    out.append("> ").append(md(q.text())).append("\n\n");
    out.append(q instanceof PracticeQuestion ? "Grades the practice " : "Establishes the fact ")
        .append(md(q.subject()))
        .append("; source: ")
        .append(md(q.citation()))
        .append(".\n\n");
    out.append("| Answer | Means | Look for | Supports |\n");
    out.append("|---|---|---|---|\n");
    for (AnswerOption o : q.options()) {
      out.append("| ")
          .append(md(o.text()))
          .append(" (`")
          .append(o.id())
          .append("`) | ")
          .append(md(o.meaning().displayName()))
          .append(" | ")
          .append(o.lookFor().map(Guide::md).orElse("-"))
          .append(" | ")
          .append(o.basis().map(b -> md(b.displayName())).orElse("-"))
          .append(" |\n");
    }
  }

  /** Escapes Markdown's inline syntax and table pipes, and folds line breaks, so any text stays text. */
  private static String md(Object text) {
    return Markdown.escape(text);
  }
}
