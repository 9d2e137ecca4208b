package io.github.socialbiz.examples;

import io.github.socialbiz.SocialBusinessException;
import java.io.PrintStream;

/** The quick start: shows which socialbiz module is on the path. Run with the README's first command. */
public final class Quickstart {

  private Quickstart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the quick start.
   *
   * @param out  where to print
   */
  static void run(PrintStream out) {
    Module core = SocialBusinessException.class.getModule();
    out.println("socialbiz module: " + core.getName());
  }
}
