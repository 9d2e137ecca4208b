package io.github.socialbiz.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program outside the JVM that some tests need, such as LibreOffice or Chromium. On a machine without
 * it the tests that need it are skipped, and one line on standard error says how to install it; under
 * CI ({@code CI=true}, as {@code .ci/run} sets it) a missing program fails the test instead, so the
 * checks can never be skipped where it matters.
 */
public final class ExternalProgram {

  private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

  private ExternalProgram() {}

  /**
   * Finds a program on the {@code PATH}, or skips (outside CI) or fails (under CI) the calling test.
   *
   * @param command  the command's file name, such as {@code soffice}
   * @param what  what the tests check with it, such as {@code "LibreOffice tests"}
   * @param debianPackages  the Debian packages that provide it, such as {@code libreoffice-calc-nogui}
   * @return the program's path
   */
  public static Path require(String command, String what, String debianPackages) {
    Optional<Path> found = find(command);
    if (found.isPresent()) {
      return found.get();
    }
    String message =
        what
            + " need '"
            + command
            + "', which is not on the PATH; install it with: apt-get install -y "
            + debianPackages
            + " (.ci/run does this itself)";
    if (underCi()) {
      return Assertions.fail(message + "; under CI=true a missing program is a failure");
    }
    if (ANNOUNCED.add(command)) {
      System.err.println("[socialbiz] skipped: " + message);
    }
    Assumptions.abort("skipped: " + message);
    throw new AssertionError("unreachable");
  }

  /** Whether the tests run under CI, where nothing may be skipped for want of a program. */
  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** The program's path if it is an executable file in a folder of the {@code PATH}. */
  static Optional<Path> find(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator, -1)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
