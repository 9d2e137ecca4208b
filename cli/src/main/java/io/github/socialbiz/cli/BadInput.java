package io.github.socialbiz.cli;

/**
 * A problem with what the user gave (an option's value, a file, a folder, a date), told in one message
 * that says what is wrong and what to do; the command line ends with exit code 2.
 */
final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInput(String message) {
    super(message);
  }

  BadInput(String message, Throwable cause) {
    super(message, cause);
  }
}
