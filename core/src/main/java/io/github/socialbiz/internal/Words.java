package io.github.socialbiz.internal;

/** Small helpers for the library's English sentences. Not part of the API. */
public final class Words {

  private Words() {}

  /**
   * Lower-cases the first letter of a phrase so that it can follow a colon or a verb, leaving a first word
   * with another capital alone: an acronym such as {@code CoE} or {@code HR}.
   *
   * @param s  the phrase
   * @return the phrase with a lower-case first letter, unless its first word is an acronym
   */
  public static String lowerFirst(String s) {
    for (int i = 1; i < s.length() && s.charAt(i) != ' '; i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return s;
      }
    }
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
