package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Guards {@link ModelVersion}: the model's meaning, written out as canonical text and hashed, is kept
 * with the version it belongs to in {@code src/test/resources/model-fingerprint.txt}. A change of meaning
 * without a raise of {@link ModelVersion#CURRENT} fails; after raising it, record the new fingerprint with
 * {@code ./mvnw -B -ntp -pl core test -Dtest=ModelFingerprintTest -Dsocialbiz.updateFingerprint=true}
 * (which refuses to record a changed model under the old version).
 */
final class ModelFingerprintTest {

  private static final Path FILE = Path.of("src", "test", "resources", "model-fingerprint.txt");

  /** The model as canonical text: what the fingerprint hashes. */
  static String model() {
    StringBuilder s = new StringBuilder();
    for (Rung.Ladder ladder : Rung.Ladder.values()) {
      for (Rung r : ladder.rungs()) {
        s.append("rung ").append(r.name()).append(' ').append(r.number()).append('\n');
        for (Criterion c : r.entryCriteria()) {
          s.append("  criterion ").append(c).append(" | ").append(c.citation()).append('\n');
        }
      }
    }
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      s.append("book ").append(book.name()).append('\n');
      for (Rule<Snapshot> rule : book.rules()) {
        s.append("  rule ")
            .append(rule.id())
            .append(' ')
            .append(rule.severity())
            .append(" | ")
            .append(rule.citation())
            .append('\n');
      }
    }
    s.append("threshold idleDays ").append(StandardRules.DEFAULT_IDLE_DAYS).append('\n');
    s.append("threshold charterAgeDays ")
        .append(StandardRules.DEFAULT_CHARTER_AGE_DAYS)
        .append('\n');
    s.append("threshold proliferationAccounts ")
        .append(StandardRules.PROLIFERATION_ACCOUNTS)
        .append('\n');
    s.append("threshold dandelionEmployees ").append(ModelFit.DANDELION_EMPLOYEES).append('\n');
    s.append("toolTerms ").append(StandardRules.TOOL_TERMS).append('\n');
    for (Adoption a : Adoption.values()) {
      s.append("weight ").append(a).append(' ').append(a.weight()).append('\n');
    }
    for (Statistic st : Statistics.all()) {
      s.append("statistic ")
          .append(st.key())
          .append(' ')
          .append(st.value())
          .append(' ')
          .append(st.unit())
          .append(' ')
          .append(st.wave())
          .append(" | ")
          .append(st.citation())
          .append('\n');
    }
    for (Statistic st : SizeBand.teamStatistics()) {
      s.append("team ").append(st.key()).append(' ').append(st.value()).append('\n');
    }
    for (OrganizationalModel m : OrganizationalModel.values()) {
      s.append("model ").append(m.name()).append('\n');
    }
    for (Fact f : Fact.values()) {
      s.append("fact ").append(f.name()).append(" | ").append(f.citation()).append('\n');
    }
    for (Practice pr : Practice.values()) {
      s.append("practice ").append(pr.name()).append(" | ").append(pr.citations()).append('\n');
    }
    for (Organization o : SampleOrganizations.all()) {
      Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
      s.append("sample ")
          .append(o.name())
          .append(' ')
          .append(a.stage())
          .append(' ')
          .append(a.level())
          .append(' ')
          .append(a.recommendedModel().model())
          .append('\n');
      s.append("  stages ").append(Gates.stages().profile(o)).append('\n');
      s.append("  levels ").append(Gates.levels().profile(o)).append('\n');
      for (Fact f : Fact.values()) {
        s.append("  fact ").append(f).append(' ').append(FactReading.truth(o, f)).append('\n');
      }
      a.scores().forEach(d -> s.append("  score ").append(d).append('\n'));
      a.findings()
          .forEach(
              f ->
                  s.append("  finding ")
                      .append(f.ruleId())
                      .append(' ')
                      .append(f.severity())
                      .append('\n'));
      a.roadmap().actions().forEach(x -> s.append("  action ").append(x).append('\n'));
    }
    // what the model does with what is not known: a probe with most practices not assessed and a
    // fact
    // nobody could answer, so a change of the unknown's meaning changes the fingerprint
    Organization probe =
        Organization.builder()
            .name("Probe")
            .employees(2_000)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .evidence(Practice.SOCIAL_MEDIA_POLICY, Adoption.NONE)
            .addFactEvidence(FactEvidence.of(Fact.CRISIS_TEAM_NAMED, Truth.UNKNOWN))
            .build();
    Assessment p = Assessor.standard().assess(probe, SampleOrganizations.AS_OF);
    s.append("probe ")
        .append(p.stage())
        .append('/')
        .append(p.possibleStage())
        .append(' ')
        .append(p.level())
        .append('/')
        .append(p.possibleLevel())
        .append('\n');
    p.scores().forEach(d -> s.append("  score ").append(d).append('\n'));
    p.findings().forEach(f -> s.append("  finding ").append(f.ruleId()).append('\n'));
    p.unverified().forEach(u -> s.append("  unverified ").append(u.ruleId()).append('\n'));
    p.benchmarks()
        .forEach(
            b ->
                s.append("  benchmark ")
                    .append(b.statistic().key())
                    .append(' ')
                    .append(b.favourable())
                    .append('\n'));
    return s.toString();
  }

  @Test
  void theModelsMeaning_changesOnlyWithARaiseOfTheModelVersion() throws IOException {
    String hash = Hashing.sha256().hashString(model(), StandardCharsets.UTF_8).toString();
    String current = "modelVersion=" + ModelVersion.CURRENT + "\nsha256=" + hash + "\n";
    String stored = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
    int storedVersion =
        stored.startsWith("modelVersion=")
            ? Integer.parseInt(stored.substring(13, stored.indexOf('\n')))
            : 0;
    boolean sameModel = stored.endsWith("sha256=" + hash + "\n");
    if (Boolean.getBoolean("socialbiz.updateFingerprint")
        && (sameModel || ModelVersion.CURRENT > storedVersion)) {
      Files.writeString(FILE, current, StandardCharsets.UTF_8);
      stored = current;
    }
    assertTrue(
        sameModel || ModelVersion.CURRENT > storedVersion,
        () ->
            "The model changed meaning but ModelVersion.CURRENT is still "
                + ModelVersion.CURRENT
                + ": raise it (and say what changed in its Javadoc and the CHANGELOG), then record the fingerprint with "
                + "-Dsocialbiz.updateFingerprint=true");
    assertEquals(
        stored,
        current,
        "model-fingerprint.txt is not this model's; record it with -Dsocialbiz.updateFingerprint=true");
  }
}
