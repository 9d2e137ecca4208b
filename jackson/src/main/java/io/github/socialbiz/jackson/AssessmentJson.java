package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.OrganizationJson.strings;
import static io.github.socialbiz.jackson.OrganizationJson.texts;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.socialbiz.assessment.Action;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Benchmark;
import io.github.socialbiz.assessment.BookResult;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.ModelRecommendation;
import io.github.socialbiz.assessment.Phase;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.assessment.UnitStanding;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.practice.Rung;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Unit;
import io.github.socialbiz.stage.Stage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON shape of an {@link Assessment} and its parts; see {@code docs/json.md}. */
final class AssessmentJson {

  private AssessmentJson() {}

  //-----------------------------------------------------------------------
  static void write(Assessment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    DocumentVersions.write(g, a.modelVersion());
    g.writeFieldName("organization");
    OrganizationJson.write(a.organization(), g, false);
    g.writeStringField("asOf", a.asOf().toString());
    g.writeStringField("stage", a.stage().name());
    if (a.stageGate().isPresent()) {
      g.writeFieldName("stageGate");
      writeGate(a.stageGate().get(), g);
    }
    if (a.level().isPresent()) {
      g.writeStringField("level", a.level().get().name());
    }
    if (a.levelGate().isPresent()) {
      g.writeFieldName("levelGate");
      writeGate(a.levelGate().get(), g);
    }
    g.writeArrayFieldStart("scores");
    for (DimensionScore s : a.scores()) {
      g.writeStartObject();
      g.writeStringField("dimension", s.dimension().name());
      g.writeNumberField("mean", s.mean());
      g.writeNumberField("weakest", s.weakest());
      g.writeNumberField("targetMean", s.targetMean());
      g.writeNumberField("targetWeakest", s.targetWeakest());
      g.writeNumberField("outOfScope", s.outOfScope());
      g.writeEndObject();
    }
    g.writeEndArray();
    ModelRecommendation m = a.recommendedModel();
    g.writeObjectFieldStart("recommendedModel");
    g.writeStringField("model", m.model().name());
    strings(g, "reasons", m.reasons());
    g.writeArrayFieldStart("citations");
    for (Citation c : m.citations()) {
      writeCitation(c, g);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("books");
    for (BookResult b : a.books()) {
      g.writeStartObject();
      g.writeStringField("name", b.name());
      strings(g, "passed", b.passed());
      strings(g, "failed", b.failed());
      strings(g, "notApplicable", b.notApplicable());
      g.writeArrayFieldStart("findings");
      for (Finding f : b.findings()) {
        writeFinding(f, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("benchmarks");
    for (Benchmark b : a.benchmarks()) {
      g.writeStartObject();
      g.writeFieldName("statistic");
      writeStatistic(b.statistic(), g);
      g.writeBooleanField("favourable", b.isFavourable());
      g.writeStringField("position", b.position());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeRoadmap(a.roadmap(), g);
    g.writeArrayFieldStart("units");
    for (UnitStanding u : a.units()) {
      g.writeStartObject();
      g.writeStringField("unit", u.unit());
      g.writeStringField("stage", u.stage().name());
      if (u.level().isPresent()) {
        g.writeStringField("level", u.level().get().name());
      }
      g.writeStringField("weakestDimension", u.weakestDimension().name());
      g.writeNumberField("overall", u.overall());
      g.writeBooleanField("holdingBack", u.isHoldingBack());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeGate(GateSummary gate, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("rung", gate.rung().name());
    g.writeArrayFieldStart("met");
    for (Criterion c : gate.met()) {
      writeCriterion(c, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unmet");
    for (Criterion c : gate.unmet()) {
      writeCriterion(c, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeCriterion(Criterion c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    if (c instanceof PracticeCriterion p) {
      g.writeStringField("practice", p.practice().name());
      g.writeStringField("minimum", p.minimum().name());
    } else if (c instanceof FactCriterion f) {
      g.writeStringField("fact", f.fact().name());
    }
    g.writeFieldName("citation");
    writeCitation(c.citation(), g);
    g.writeEndObject();
  }

  private static void writeCitation(Citation c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", c.source().name());
    g.writeStringField("locator", c.locator());
    g.writeStringField("provenance", c.provenance().name());
    g.writeEndObject();
  }

  private static void writeFinding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("message", f.message());
    g.writeStringField("recommendation", f.recommendation());
    g.writeFieldName("reference");
    if (f.citation() instanceof Citation c) {
      writeCitation(c, g);
    } else {
      g.writeStartObject();
      g.writeStringField("text", f.citation().toString());
      g.writeEndObject();
    }
    strings(g, "involved", f.involved());
    g.writeEndObject();
  }

  private static void writeStatistic(Statistic s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", s.key());
    g.writeStringField("description", s.description());
    g.writeNumberField("value", s.value());
    g.writeStringField("unit", s.unit().name());
    g.writeStringField("population", s.population());
    g.writeStringField("wave", s.wave());
    g.writeFieldName("citation");
    writeCitation(s.citation(), g);
    OrganizationJson.optional(g, "note", s.note());
    g.writeEndObject();
  }

  private static void writeRoadmap(Roadmap r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("roadmap");
    g.writeStringField("target", r.target().name());
    g.writeArrayFieldStart("phases");
    for (Phase p : r.phases()) {
      g.writeStartObject();
      g.writeNumberField("number", p.number());
      g.writeStringField("rung", p.rung().name());
      g.writeArrayFieldStart("actions");
      for (Action x : p.actions()) {
        g.writeStartObject();
        g.writeFieldName("criterion");
        writeCriterion(x.criterion(), g);
        g.writeStringField("owner", x.owner().name());
        g.writeStringField("reason", x.reason());
        g.writeStringField("unblocks", x.unblocks().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  //-----------------------------------------------------------------------
  static Assessment read(Node n) throws SocialBusinessJsonException {
    n.object("an assessment", "formatVersion", "modelVersion", "organization", "asOf", "stage", "stageGate", "level", "levelGate", "scores", "recommendedModel",
        "books", "benchmarks", "roadmap", "units");
    DocumentVersions.Declared declared = DocumentVersions.read(n);
    Assessment.Builder b = Assessment.builder()
        .modelVersion(declared.model())
        .organization(OrganizationJson.read(n.get("organization")))
        .asOf(n.get("asOf").date())
        .stage(n.get("stage").enumValue(Stage.class));
    Optional<Node> stageGate = n.opt("stageGate");
    if (stageGate.isPresent()) {
      b.stageGate(readGate(stageGate.get()));
    }
    Optional<Node> level = n.opt("level");
    if (level.isPresent()) {
      b.level(level.get().enumValue(MaturityLevel.class));
    }
    Optional<Node> levelGate = n.opt("levelGate");
    if (levelGate.isPresent()) {
      b.levelGate(readGate(levelGate.get()));
    }
    for (Node s : n.list("scores")) {
      s.object("a dimension score", "dimension", "mean", "weakest", "targetMean", "targetWeakest", "outOfScope");
      DimensionScore.Builder score = DimensionScore.builder()
          .dimension(s.get("dimension").enumValue(Dimension.class))
          .mean(s.get("mean").number())
          .weakest(s.get("weakest").number())
          .targetMean(s.get("targetMean").number())
          .targetWeakest(s.get("targetWeakest").number())
          .outOfScope(s.get("outOfScope").intValue());
      b.addScores(s.build("dimension score", score::build));
    }
    Node m = n.get("recommendedModel").object("a model recommendation", "model", "reasons", "citations");
    OrganizationalModel model = m.get("model").enumValue(OrganizationalModel.class);
    List<String> reasons = texts(m.list("reasons"));
    List<Citation> citations = new ArrayList<>();
    for (Node c : m.list("citations")) {
      citations.add(readCitation(c));
    }
    b.recommendedModel(m.build("model recommendation", () -> ModelRecommendation.of(model, reasons, citations)));
    for (Node book : n.list("books")) {
      b.addBooks(readBook(book));
    }
    for (Node x : n.list("benchmarks")) {
      x.object("a benchmark", "statistic", "favourable", "position");
      Statistic statistic = readStatistic(x.get("statistic"));
      boolean favourable = x.get("favourable").bool();
      String position = x.get("position").text();
      b.addBenchmarks(x.build("benchmark", () -> Benchmark.of(statistic, favourable, position)));
    }
    b.roadmap(readRoadmap(declared.format(), n.get("roadmap")));
    for (Node u : n.list("units")) {
      u.object("a unit standing", "unit", "stage", "level", "weakestDimension", "overall", "holdingBack");
      UnitStanding.Builder unit = UnitStanding.builder()
          .unit(u.get("unit").text())
          .stage(u.get("stage").enumValue(Stage.class))
          .weakestDimension(u.get("weakestDimension").enumValue(Dimension.class))
          .overall(u.get("overall").number())
          .holdingBack(u.get("holdingBack").bool());
      Optional<Node> unitLevel = u.opt("level");
      if (unitLevel.isPresent()) {
        unit.level(unitLevel.get().enumValue(MaturityLevel.class));
      }
      b.addUnits(u.build("unit standing", unit::build));
    }
    return n.build("assessment", b::build);
  }

  private static GateSummary readGate(Node n) throws SocialBusinessJsonException {
    n.object("a gate", "rung", "met", "unmet");
    Rung rung = rung(n.get("rung"));
    List<Criterion> met = new ArrayList<>();
    for (Node c : n.list("met")) {
      met.add(readCriterion(c));
    }
    List<Criterion> unmet = new ArrayList<>();
    for (Node c : n.list("unmet")) {
      unmet.add(readCriterion(c));
    }
    return n.build("gate", () -> GateSummary.of(rung, met, unmet));
  }

  private static Criterion readCriterion(Node n) throws SocialBusinessJsonException {
    n.object("a criterion", "id", "practice", "minimum", "fact", "citation");
    String id = n.get("id").text();
    Citation citation = readCitation(n.get("citation"));
    Optional<Node> fact = n.opt("fact");
    if (fact.isPresent()) {
      if (n.opt("practice").isPresent() || n.opt("minimum").isPresent()) {
        throw n.error("a criterion has either a fact or a practice and minimum, not both");
      }
      Fact f = fact.get().enumValue(Fact.class);
      return n.build("criterion", () -> Criterion.fact(id, f, citation));
    }
    Practice practice = n.get("practice").enumValue(Practice.class);
    Adoption minimum = n.get("minimum").enumValue(Adoption.class);
    return n.build("criterion", () -> Criterion.practice(id, practice, minimum, citation));
  }

  private static Citation readCitation(Node n) throws SocialBusinessJsonException {
    n.object("a citation", "source", "locator", "provenance");
    Source source = n.get("source").enumValue(Source.class);
    String locator = n.get("locator").text();
    Provenance provenance = n.get("provenance").enumValue(Provenance.class);
    return n.build("citation", () -> Citation.of(source, locator, provenance));
  }

  private static BookResult readBook(Node n) throws SocialBusinessJsonException {
    n.object("a book result", "name", "passed", "failed", "notApplicable", "findings");
    BookResult.Builder b = BookResult.builder()
        .name(n.get("name").text())
        .addAllPassed(texts(n.list("passed")))
        .addAllFailed(texts(n.list("failed")))
        .addAllNotApplicable(texts(n.list("notApplicable")));
    for (Node f : n.list("findings")) {
      f.object("a finding", "ruleId", "severity", "message", "recommendation", "reference", "involved");
      Finding.Builder finding = Finding.builder()
          .ruleId(f.get("ruleId").text())
          .severity(f.get("severity").enumValue(Severity.class))
          .message(f.get("message").text())
          .citation(readReference(f.get("reference")))
          .addAllInvolved(texts(f.list("involved")));
      Optional<Node> recommendation = f.opt("recommendation");
      if (recommendation.isPresent()) {
        finding.recommendation(recommendation.get().text());
      }
      b.addFindings(f.build("finding", finding::build));
    }
    return n.build("book result", b::build);
  }

  private static Reference readReference(Node n) throws SocialBusinessJsonException {
    n.object("a reference", "source", "locator", "provenance", "text");
    Optional<Node> text = n.opt("text");
    if (text.isPresent()) {
      if (n.opt("source").isPresent() || n.opt("locator").isPresent() || n.opt("provenance").isPresent()) {
        throw n.error("a reference is either a citation (source, locator, provenance) or a text, not both");
      }
      String t = text.get().text();
      return n.build("reference", () -> Reference.of(t));
    }
    return readCitation(n);
  }

  private static Statistic readStatistic(Node n) throws SocialBusinessJsonException {
    n.object("a statistic", "key", "description", "value", "unit", "population", "wave", "citation", "note");
    Statistic.Builder s = Statistic.builder()
        .key(n.get("key").text())
        .description(n.get("description").text())
        .value(n.get("value").number())
        .unit(n.get("unit").enumValue(Unit.class))
        .population(n.get("population").text())
        .wave(n.get("wave").text())
        .citation(readCitation(n.get("citation")));
    Optional<Node> note = n.opt("note");
    if (note.isPresent()) {
      s.note(note.get().text());
    }
    return n.build("statistic", s::build);
  }

  private static Roadmap readRoadmap(int format, Node n) throws SocialBusinessJsonException {
    n.object("a roadmap", "target", "phases");
    Rung target = rung(n.get("target"));
    List<Phase> phases = new ArrayList<>();
    for (Node p : n.list("phases")) {
      p.object("a phase", "number", "rung", "actions");
      int number = p.get("number").intValue();
      Rung rung = rung(p.get("rung"));
      List<Action> actions = new ArrayList<>();
      for (Node x : p.list("actions")) {
        Criterion criterion;
        if (format == 1) {
          // format 1 named the criterion by id beside copies of its parts; the id says it all
          x.object("an action", "criterionId", "practice", "grade", "fact", "owner", "reason", "citation", "unblocks");
          String id = x.get("criterionId").text();
          criterion = x.get("criterionId").build("criterion", () -> Criterion.ofId(id));
        } else {
          x.object("an action", "criterion", "owner", "reason", "unblocks");
          criterion = readCriterion(x.get("criterion"));
        }
        Role owner = x.get("owner").enumValue(Role.class);
        String reason = x.get("reason").text();
        Rung unblocks = rung(x.get("unblocks"));
        actions.add(x.build("action", () -> Action.of(criterion, owner, reason, unblocks)));
      }
      phases.add(p.build("phase", () -> Phase.of(number, rung, actions)));
    }
    return n.build("roadmap", () -> Roadmap.of(target, phases));
  }

  /** A stage or maturity level by its constant name. */
  private static Rung rung(Node n) throws SocialBusinessJsonException {
    String name = n.text();
    return n.build("rung", () -> Rung.named(name));
  }
}
