package io.github.socialbiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of core's main code import one another in one direction only: no package imports,
 * directly or through others, a package that imports it back. Read from the source's import lines, so a
 * new cycle fails here with the packages that make it. The root package holds the top of the house (the
 * {@code SocialBusiness} facade) and its ground (the exception every package throws), so each of its
 * files is a node of its own.
 */
class PackageGraphTest {

  private static final Path MAIN = Path.of("src/main/java/io/github/socialbiz");
  private static final Pattern PACKAGE =
      Pattern.compile("(?m)^package (io\\.github\\.socialbiz[\\w.]*);");
  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^import (?:static )?(io\\.github\\.socialbiz(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)");
  private static final String ROOT = "io.github.socialbiz";

  @Test
  void mainCode_hasNoPackageCycle() {
    assertEquals(List.of(), cycles(graph(MAIN)));
  }

  @Test
  void cycles_namesTheLoop_whenThereIsOne() {
    Map<String, Set<String>> g = new TreeMap<>();
    g.put("a", new TreeSet<>(Set.of("b")));
    g.put("b", new TreeSet<>(Set.of("c")));
    g.put("c", new TreeSet<>(Set.of("a", "d")));
    g.put("d", new TreeSet<>());
    assertEquals(List.of("a -> b -> c -> a"), cycles(g));
  }

  @Test
  void graph_readsTheImportsOfCore() {
    Map<String, Set<String>> g = graph(MAIN);
    assertEquals(
        Set.of(
            "io.github.socialbiz.SocialBusinessException",
            "io.github.socialbiz.internal",
            "io.github.socialbiz.practice",
            "io.github.socialbiz.source"),
        g.get("io.github.socialbiz.maturity"));
  }

  /** Package to the other packages of the library its files import. */
  private static Map<String, Set<String>> graph(Path root) {
    Map<String, Set<String>> g = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f);
        Matcher p = PACKAGE.matcher(text);
        if (!p.find()) {
          continue;
        }
        String from = node(p.group(1), f.getFileName().toString().replace(".java", ""));
        Set<String> to = g.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher i = IMPORT.matcher(text);
        while (i.find()) {
          String target = node(i.group(1), i.group(2));
          if (!target.equals(from)) {
            to.add(target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  private static String node(String pkg, String type) {
    return pkg.equals(ROOT) ? pkg + "." + type : pkg;
  }

  /** Every loop found by a depth-first walk, each written from the first package where it was entered. */
  private static List<String> cycles(Map<String, Set<String>> g) {
    List<String> found = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String start : g.keySet()) {
      walk(start, g, new ArrayList<>(), done, found);
    }
    return found;
  }

  private static void walk(
      String at,
      Map<String, Set<String>> g,
      List<String> path,
      Set<String> done,
      List<String> found) {
    int back = path.indexOf(at);
    if (back >= 0) {
      List<String> loop = new ArrayList<>(path.subList(back, path.size()));
      loop.add(at);
      found.add(String.join(" -> ", loop));
      return;
    }
    if (!done.add(at)) {
      return;
    }
    path.add(at);
    for (String next : g.getOrDefault(at, Set.of())) {
      walk(next, g, path, done, found);
    }
    path.remove(path.size() - 1);
  }
}
