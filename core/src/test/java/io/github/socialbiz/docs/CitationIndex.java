package io.github.socialbiz.docs;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.ModelFit;
import io.github.socialbiz.assessment.ModelRecommendation;
import io.github.socialbiz.assessment.Snapshot;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.CrisisSeverity;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.governance.ProliferationStep;
import io.github.socialbiz.governance.SuccessFactor;
import io.github.socialbiz.maturity.Definition;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.ReadinessFinding;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Guidance;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;

/**
 * Every place in the model that carries a {@link Citation}, read through the public API: each use is a
 * citation with a short description of what cites it. The order is the model's own (stages, levels,
 * vocabulary, rule books, statistics), so the index is deterministic.
 *
 * <p>One citation is reachable only through a result: {@link ModelFit#recommend(Organization)} adds the
 * library's reading of how to choose a model to the chosen model's citations. It is collected by
 * recommending a model for each sample organization. The rules of the gate books are the gate criteria
 * (same id, same citation) and are listed once, as criteria. Rule citations are {@link Reference}s; those that
 * are not citations are returned by {@link #uncitedRules()} and left out of the index.
 */
final class CitationIndex {

  /** One use of a citation: the citation and what cites it, in Markdown. */
  record Use(Citation citation, String citedBy) {}

  private CitationIndex() {}

  static ImmutableList<Use> all() {
    ImmutableList.Builder<Use> uses = ImmutableList.builder();
    for (Stage s : Stage.values()) {
      String stage = "stage " + s.number() + " " + s.displayName();
      uses.add(new Use(s.citation(), stage));
      criteria(uses, s.entryCriteria());
      for (Guidance g : s.guidance()) {
        uses.add(new Use(g.citation(), "guidance of " + stage + " (" + g.kind() + ")"));
      }
    }
    for (MaturityLevel l : MaturityLevel.values()) {
      uses.add(new Use(l.citation(), "level " + l.number() + " " + l.displayName()));
      criteria(uses, l.entryCriteria());
    }
    for (ReadinessFinding f : ReadinessFinding.values()) {
      uses.add(new Use(f.citation(), "readiness finding " + f.number()));
    }
    for (Practice p : Practice.values()) {
      for (Citation c : p.citations()) {
        uses.add(new Use(c, "practice `" + p.name() + "`"));
      }
    }
    for (Fact f : Fact.values()) {
      uses.add(new Use(f.citation(), "fact `" + f.name() + "`"));
    }
    for (OrganizationalModel m : OrganizationalModel.values()) {
      for (Citation c : m.citations()) {
        uses.add(new Use(c, "organizational model " + m.displayName() + " (meaning, trade-offs)"));
      }
      for (Statistic st : m.adoption()) {
        uses.add(
            new Use(
                st.citation(),
                "adoption of organizational model " + m.displayName() + " (" + st.wave() + ")"));
      }
    }
    for (Role r : Role.values()) {
      ImmutableList<Citation> citations = r.citations();
      for (int i = 0; i < citations.size(); i++) {
        uses.add(
            new Use(
                citations.get(i),
                "role "
                    + r.displayName()
                    + (i == citations.size() - 1 ? " (stage from which it is expected)" : "")));
      }
    }
    for (Responsibility r : Responsibility.values()) {
      uses.add(new Use(r.citation(), "CoE responsibility " + r.displayName()));
    }
    for (SizeBand b : SizeBand.values()) {
      // the band's own citation, graded for the band (INFERRED where a figure is applied to it)
      b.benchmark()
          .ifPresent(
              st ->
                  uses.add(
                      new Use(
                          b.citation().orElseThrow(),
                          "team benchmark of size band `" + b.name() + "` (`" + st.key() + "`)")));
    }
    for (Definition d : Definition.values()) {
      uses.add(new Use(d.citation(), "definition of " + d.term()));
    }
    uses.add(new Use(CrisisSeverity.citation(), "crisis definition and severity levels"));
    for (ParticipationStance p : ParticipationStance.values()) {
      Statistic st = p.advancedCompanies();
      uses.add(
          new Use(
              st.citation(), "participation stance " + p.displayName() + " (`" + st.key() + "`)"));
    }
    for (ProliferationStep p : ProliferationStep.values()) {
      uses.add(new Use(p.citation(), "proliferation step " + p.number() + " " + p.displayName()));
    }
    for (SuccessFactor f : SuccessFactor.values()) {
      uses.add(new Use(f.citation(), "success factor " + f.number() + " " + f.displayName()));
    }
    for (CharterElement e : CharterElement.values()) {
      uses.add(new Use(e.citation(), "charter element " + e.displayName()));
    }
    uses.add(new Use(CharterElement.prohibitionCitation(), "charter prohibition (no tools)"));
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      for (Rule<Snapshot> rule : book.rules()) {
        // A gate criterion is also the rule of the same id, with the same citation: listed once.
        if (rule.citation() instanceof Citation c
            && !Rung.findCriterion(rule.id()).map(k -> k.citation().equals(c)).orElse(false)) {
          uses.add(new Use(c, "rule `" + rule.id() + "`"));
        }
      }
    }
    for (Statistic st : Statistics.all()) {
      uses.add(new Use(st.citation(), "statistic `" + st.key() + "`"));
    }
    for (Organization o : SampleOrganizations.all()) {
      ModelRecommendation rec = ModelFit.recommend(o);
      for (Citation c : rec.citations()) {
        if (!rec.model().citations().contains(c)) {
          uses.add(new Use(c, "model recommendation (`ModelFit.recommend`)"));
        }
      }
    }
    return uses.build();
  }

  /** The standard rules whose citation is free text rather than a {@link Citation}, by id. */
  static ImmutableList<String> uncitedRules() {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      for (Rule<Snapshot> rule : book.rules()) {
        if (!(rule.citation() instanceof Citation)) {
          ids.add(rule.id());
        }
      }
    }
    return ids.build();
  }

  private static void criteria(ImmutableList.Builder<Use> uses, Iterable<Criterion> criteria) {
    for (Criterion c : criteria) {
      uses.add(new Use(c.citation(), "criterion `" + c.id() + "`"));
    }
  }
}
