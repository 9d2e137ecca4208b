package io.github.socialbiz.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The nearest of some names to a mistyped one, by edit distance, for "did you mean" messages. */
final class Suggest {

  private Suggest() {}

  /**
   * The candidate nearest to {@code typed}, ignoring case, if it is near enough to be a typing mistake:
   * at most two edits, or a third of the candidate's length for longer names, or a prefix.
   */
  static Optional<String> nearest(String typed, Collection<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String l = c.toLowerCase(Locale.ROOT);
      int d = !t.isEmpty() && l.startsWith(t) ? 0 : distance(t, l);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance > Math.max(2, best.length() / 3)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** Levenshtein's distance: the fewest insertions, deletions and substitutions from a to b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** " Did you mean 'x'?" or nothing. */
  static String didYouMean(String typed, Collection<String> candidates) {
    return nearest(typed, candidates).map(n -> " Did you mean '" + n + "'?").orElse("");
  }
}
