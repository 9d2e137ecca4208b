package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;

/** Dimension scores on SAMM's weights. */
final class Scores {

  private Scores() {}

  static ImmutableList<DimensionScore> of(Grades now, Grades target) {
    ImmutableList.Builder<DimensionScore> scores = ImmutableList.builder();
    for (Dimension d : Dimension.values()) {
      double[] current = meanAndWeakest(now, d, false);
      double[] possible = meanAndWeakest(now, d, true);
      double[] goal = meanAndWeakest(target, d, false);
      int outOfScope = 0;
      int notAssessed = 0;
      for (Practice p : d.practices()) {
        if (!now.isInScope(p)) {
          outOfScope++;
        } else if (!now.grade(p).isAssessed()) {
          notAssessed++;
        }
      }
      scores.add(
          DimensionScore.builder()
              .dimension(d)
              .mean(current[0])
              .weakest(current[1])
              .targetMean(Math.max(current[0], goal[0]))
              .targetWeakest(Math.max(current[1], goal[1]))
              .outOfScope(outOfScope)
              .notAssessed(notAssessed)
              .meanPossible(possible[0])
              .weakestPossible(possible[1])
              .build());
    }
    return scores.build();
  }

  /**
   * The mean and the minimum weight of a dimension's practices in scope; 0 and 0 if none is in scope. A
   * practice not assessed weighs its lowest grade's weight (0), or with {@code possible} its highest's (1):
   * the two ends of the range.
   */
  static double[] meanAndWeakest(Grades o, Dimension d, boolean possible) {
    double sum = 0;
    double min = 1;
    int n = 0;
    for (Practice p : d.practices()) {
      if (o.isInScope(p)) {
        Grade g = o.grade(p);
        double w = (possible ? g.highest() : g.lowest()).weight();
        sum += w;
        min = Math.min(min, w);
        n++;
      }
    }
    return n == 0 ? new double[] {0, 0} : new double[] {sum / n, min};
  }
}
