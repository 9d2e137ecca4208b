package io.github.socialbiz.internal;

/** Small helpers for the library's English sentences. Not part of the API. */
public final class Words {

  private Words() {}

  /**
   * Lower-cases the first letter of a phrase so that it can follow a colon or a verb, leaving acronyms
   * such as {@code CoE} alone.
   *
   * @param s  the phrase
   * @return the phrase with a lower-case first letter, unless it starts with two capitals
   */
  public static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && !Character.isUpperCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
