package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any valid answers, written into the workbook as a client would (picked or typed, in any case, with
 * spaces around), are read back as the same response, in both layouts; any other answer is rejected at
 * its cell.
 */
final class WorkbookProperties {

  private static final Questionnaire STANDARD = Questionnaire.standard();
  private static final byte[] TEMPLATE = SocialBusinessExcel.questionnaire(STANDARD);
  private static final byte[] TEAM = SocialBusinessExcel.questionnaireForRespondents(STANDARD, 1);

  /** One answer as the client writes it: the cell texts, and the answer expected back. */
  record Written(String questionId, String answer, String note, String basis, Answer expected) {}

  /** A filled workbook: who answered, when, and the answers. */
  record Filling(Respondent respondent, LocalDate day, List<Written> answers) {}

  @Property(tries = 30)
  void validAnswers_writtenThenRead_areTheSameResponse(
      @ForAll("fillings") Filling filling, @ForAll boolean sheetPerRespondent) throws IOException {
    Filled f = Filled.of(sheetPerRespondent ? TEAM : TEMPLATE);
    if (sheetPerRespondent) {
      f.on("Respondent 1");
    }
    Respondent r = filling.respondent();
    f.respondent(r.name(), r.role(), r.businessUnit().orElse(null), filling.day());
    List<Answer> expected = new ArrayList<>();
    for (Written w : filling.answers()) {
      f.answer(w.questionId(), w.answer());
      f.note(w.questionId(), w.note());
      f.basis(w.questionId(), w.basis());
      expected.add(w.expected());
    }
    Response back =
        SocialBusinessExcel.readResponse(STANDARD, new ByteArrayInputStream(f.bytes()), "any.xlsx");
    assertEquals(Response.of(r, filling.day(), expected), back);
  }

  @Property(tries = 30)
  void anythingButAnOption_isRejectedAtItsCell(
      @ForAll("questions") Question q, @ForAll("words") String typed) {
    String key = Layout.key(typed);
    boolean isOption =
        q.options().stream().anyMatch(o -> o.id().equals(key) || Layout.key(o.text()).equals(key));
    Assume.that(!isOption && !typed.isBlank()); // an empty answer is no answer
    Filled f =
        Filled.of(TEMPLATE)
            .respondent("Ana Ruiz", "strategist", null, LocalDate.of(2026, 3, 1))
            .answer(q.id(), typed);
    byte[] bytes = f.bytes();
    WorkbookException e =
        assertThrows(
            WorkbookException.class,
            () ->
                SocialBusinessExcel.readResponse(
                    STANDARD, new ByteArrayInputStream(bytes), "any.xlsx"));
    assertEquals(f.sheetOf(q.id()), e.sheet().orElseThrow());
    assertEquals("C" + (f.rowOf(q.id()) + 1), e.cell().orElseThrow());
  }

  // -----------------------------------------------------------------------

  @Provide
  Arbitrary<Question> questions() {
    return Arbitraries.of(STANDARD.questions());
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '\'').ofMaxLength(20);
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withChars(' ', '.', ',', '\'', '-', 'é', '=')
        .ofMinLength(1)
        .ofMaxLength(30)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  @Provide
  Arbitrary<Filling> fillings() {
    Arbitrary<Respondent> respondents =
        Combinators.combine(texts(), texts(), texts().optional())
            .as(
                (name, role, unit) ->
                    unit.isPresent()
                        ? Respondent.of(name, role, unit.get())
                        : Respondent.of(name, role));
    Arbitrary<LocalDate> days =
        Arbitraries.longs()
            .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    List<Arbitrary<Optional<Written>>> each = new ArrayList<>();
    for (Question q : STANDARD.questions()) {
      each.add(written(q).optional(0.5));
    }
    Arbitrary<List<Written>> answers =
        Combinators.combine(each).as(list -> list.stream().flatMap(Optional::stream).toList());
    return Combinators.combine(respondents, days, answers).as(Filling::new);
  }

  private static Arbitrary<Written> written(Question q) {
    Arbitrary<AnswerOption> options = Arbitraries.of(q.options());
    Arbitrary<Integer> spelling = Arbitraries.integers().between(0, 3);
    Arbitrary<Optional<Basis>> bases = Arbitraries.of(Basis.class).optional();
    Arbitrary<Optional<String>> notes = texts().optional();
    return Combinators.combine(options, spelling, bases, notes, texts())
        .as(
            (o, how, basis, note, reason) -> {
              String answer =
                  switch (how) {
                    case 0 -> o.text();
                    case 1 -> o.id();
                    case 2 -> "  " + o.text().toUpperCase(Locale.ROOT) + " ";
                    default -> " " + o.id().toUpperCase(Locale.ROOT);
                  };
              Answer.Builder a = Answer.builder().questionId(q.id()).optionId(o.id());
              basis.ifPresent(a::basis);
              String noteCell;
              if (o.meaning().needsReason()) {
                a.reason(reason);
                noteCell = reason;
              } else {
                note.ifPresent(a::note);
                noteCell = note.orElse("");
              }
              String basisCell = basis.map(Basis::displayName).orElse("");
              return new Written(q.id(), answer, noteCell, basisCell, a.build());
            });
  }
}
