package io.github.socialbiz.assessment;

import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import java.util.Set;

/**
 * How each practice is graded in one view of an organization: the organization itself, one business
 * unit's view (its overrides over the organization's evidence), or the projection after a roadmap. Gates
 * and scores read grades through it without rebuilding organizations.
 */
abstract class Grades {

  private static final Practice[] PRACTICES = Practice.values();

  Grades() {}

  abstract Grade grade(Practice p);

  boolean isInScope(Practice p) {
    return grade(p).isInScope();
  }

  /** Whether every practice of a set is known to be in scope and graded at least a minimum. */
  boolean allAtLeast(Set<Practice> practices, Adoption minimum) {
    for (Practice p : practices) {
      if (!grade(p).atLeast(minimum).isTrue()) {
        return false;
      }
    }
    return true;
  }

  /** The organization's own grades, read from it directly. */
  static Grades of(Organization o) {
    return new Own(o);
  }

  /** A unit's view: each override replaces the organization's grade and brings the practice into scope. */
  static Grades of(Organization o, BusinessUnit unit) {
    Table t = new Table(of(o));
    for (Evidence e : unit.overrides()) {
      t.grade[e.practice().ordinal()] = Grade.of(e.adoption());
    }
    return t;
  }

  /**
   * The organization's grades if every practice not assessed turned out to meet any criterion: graded at
   * the top of the scale. Assessed and out-of-scope practices keep their grades.
   */
  static Grades assumingUnassessedMet(Organization o) {
    Table t = new Table(of(o));
    for (Practice p : o.notAssessed()) {
      t.grade[p.ordinal()] = Grade.of(Adoption.MOST);
    }
    return t;
  }

  /** The grades after every practice action of a roadmap: raised, never lowered, and brought into scope. */
  Grades after(Roadmap roadmap) {
    Table t = new Table(this);
    for (Action a : roadmap.actions()) {
      if (a.criterion() instanceof PracticeCriterion p) {
        int i = p.practice().ordinal();
        if (!t.grade[i].atLeast(p.minimum()).isTrue()) {
          t.grade[i] = Grade.of(p.minimum());
        }
      }
    }
    return t;
  }

  /** The organization's grades as it holds them. */
  private static final class Own extends Grades {
    private final Organization organization;

    Own(Organization organization) {
      this.organization = organization;
    }

    @Override
    Grade grade(Practice p) {
      return organization.grade(p);
    }

    @Override
    boolean isInScope(Practice p) {
      return organization.isInScope(p);
    }

    /** Enum sets both: a bit test. */
    @Override
    boolean allAtLeast(Set<Practice> practices, Adoption minimum) {
      return organization.practicesAtLeast(minimum).containsAll(practices);
    }
  }

  /** A copied table of grades, changed while it is built and read-only afterwards. */
  private static final class Table extends Grades {
    final Grade[] grade = new Grade[PRACTICES.length];

    Table(Grades from) {
      for (Practice p : PRACTICES) {
        grade[p.ordinal()] = from.grade(p);
      }
    }

    @Override
    Grade grade(Practice p) {
      return grade[p.ordinal()];
    }
  }
}
