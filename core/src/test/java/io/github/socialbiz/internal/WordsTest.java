package io.github.socialbiz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WordsTest {

  @ParameterizedTest
  @CsvSource({
    "Listening and monitoring, listening and monitoring",
    "CoE authority to set process and policy, CoE authority to set process and policy",
    "HR, HR",
    "A sponsor, a sponsor",
    "X, x",
    "Ab, ab",
    "a, a",
    "'', ''"
  })
  void lowerFirst_lowersTheFirstLetter_unlessTheFirstWordIsAnAcronym(String in, String out) {
    assertEquals(out, Words.lowerFirst(in));
  }
}
