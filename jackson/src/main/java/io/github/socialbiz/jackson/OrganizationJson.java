package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.assessment.ModelVersion;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.SocialAccount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON shape of an {@link Organization} and its parts; see {@code docs/json.md}. */
final class OrganizationJson {

  private OrganizationJson() {}

  //-----------------------------------------------------------------------
  /** Writes an organization as a document of its own, versions first. */
  static void write(Organization o, JsonGenerator g) throws IOException {
    write(o, g, true);
  }

  /** Writes an organization; inside another document ({@code document} false) it carries no versions of its own. */
  static void write(Organization o, JsonGenerator g, boolean document) throws IOException {
    g.writeStartObject();
    if (document) {
      DocumentVersions.write(g, ModelVersion.CURRENT);
    }
    g.writeStringField("name", o.name());
    g.writeNumberField("employees", o.employees());
    g.writeBooleanField("regulated", o.isRegulated());
    optional(g, "industry", o.industry());
    strings(g, "regions", o.regions());
    if (o.declaredModel().isPresent()) {
      g.writeStringField("declaredModel", o.declaredModel().get().name());
    }
    if (o.participationStance().isPresent()) {
      g.writeStringField("participationStance", o.participationStance().get().name());
    }
    g.writeArrayFieldStart("businessUnits");
    for (BusinessUnit u : o.businessUnits()) {
      g.writeStartObject();
      g.writeStringField("name", u.name());
      optional(g, "region", u.region());
      optional(g, "liaison", u.liaison());
      evidence(g, "overrides", u.overrides());
      g.writeEndObject();
    }
    g.writeEndArray();
    evidence(g, "evidence", o.evidence());
    g.writeArrayFieldStart("outOfScope");
    for (Practice p : o.outOfScope()) {
      g.writeString(p.name());
    }
    g.writeEndArray();
    writeCoe(o.coe(), g);
    if (o.charter().isPresent()) {
      writeCharter(o.charter().get(), g);
    }
    g.writeArrayFieldStart("accounts");
    for (SocialAccount a : o.accounts()) {
      g.writeStartObject();
      g.writeStringField("platform", a.platform().name());
      g.writeStringField("handle", a.handle());
      optional(g, "businessUnit", a.businessUnit());
      optional(g, "owner", a.owner());
      g.writeStringField("created", a.created().toString());
      if (a.lastActivity().isPresent()) {
        g.writeStringField("lastActivity", a.lastActivity().get().toString());
      }
      if (a.audience().isPresent()) {
        g.writeNumberField("audience", a.audience().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeCoe(CenterOfExcellence coe, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("coe");
    g.writeArrayFieldStart("members");
    for (Member m : coe.members()) {
      g.writeStartObject();
      g.writeStringField("name", m.name());
      g.writeStringField("role", m.role().name());
      g.writeNumberField("fte", m.fte());
      optional(g, "businessUnit", m.businessUnit());
      g.writeEndObject();
    }
    g.writeEndArray();
    optional(g, "sponsor", coe.sponsor());
    g.writeBooleanField("policyAuthority", coe.isPolicyAuthority());
    g.writeEndObject();
  }

  private static void writeCharter(Charter c, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("charter");
    g.writeObjectFieldStart("sections");
    for (Map.Entry<CharterElement, String> e : c.sections().entrySet()) {
      g.writeStringField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeStringField("versionDate", c.versionDate().toString());
    g.writeArrayFieldStart("functions");
    for (BusinessFunction f : c.functions()) {
      g.writeString(f.name());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, String field, List<Evidence> evidence) throws IOException {
    g.writeArrayFieldStart(field);
    for (Evidence e : evidence) {
      g.writeStartObject();
      g.writeStringField("practice", e.practice().name());
      g.writeStringField("adoption", e.adoption().name());
      if (e.note().isPresent()) {
        g.writeStringField("note", e.note().get());
        g.writeStringField("basis", e.basis().name());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  static void strings(JsonGenerator g, String field, Iterable<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  //-----------------------------------------------------------------------
  static Organization read(Node n) throws SocialBusinessJsonException {
    n.object("an organization", "formatVersion", "modelVersion", "name", "employees", "regulated", "industry", "regions", "declaredModel", "participationStance",
        "businessUnits", "evidence", "outOfScope", "coe", "charter", "accounts");
    DocumentVersions.read(n);
    Organization.Builder b = Organization.builder().name(n.get("name").text()).employees(n.get("employees").intValue());
    Optional<Node> regulated = n.opt("regulated");
    if (regulated.isPresent()) {
      b.regulated(regulated.get().bool());
    }
    Optional<Node> industry = n.opt("industry");
    if (industry.isPresent()) {
      b.industry(industry.get().text());
    }
    b.addAllRegions(texts(n.list("regions")));
    Optional<Node> model = n.opt("declaredModel");
    if (model.isPresent()) {
      b.declaredModel(model.get().enumValue(OrganizationalModel.class));
    }
    Optional<Node> stance = n.opt("participationStance");
    if (stance.isPresent()) {
      b.participationStance(stance.get().enumValue(ParticipationStance.class));
    }
    List<BusinessUnit> units = new ArrayList<>();
    for (Node u : n.list("businessUnits")) {
      units.add(readUnit(u));
    }
    b.addAllBusinessUnits(units);
    b.addAllEvidence(readEvidence(n.list("evidence")));
    for (Node p : n.list("outOfScope")) {
      b.addOutOfScope(p.enumValue(Practice.class));
    }
    Optional<Node> coe = n.opt("coe");
    if (coe.isPresent()) {
      b.coe(readCoe(coe.get()));
    }
    Optional<Node> charter = n.opt("charter");
    if (charter.isPresent()) {
      b.charter(readCharter(charter.get()));
    }
    List<SocialAccount> accounts = new ArrayList<>();
    for (Node a : n.list("accounts")) {
      accounts.add(readAccount(a));
    }
    b.addAllAccounts(accounts);
    return n.build("organization", b::build);
  }

  private static BusinessUnit readUnit(Node u) throws SocialBusinessJsonException {
    u.object("a business unit", "name", "region", "liaison", "overrides");
    BusinessUnit.Builder b = BusinessUnit.builder().name(u.get("name").text());
    Optional<Node> region = u.opt("region");
    if (region.isPresent()) {
      b.region(region.get().text());
    }
    Optional<Node> liaison = u.opt("liaison");
    if (liaison.isPresent()) {
      b.liaison(liaison.get().text());
    }
    b.addAllOverrides(readEvidence(u.list("overrides")));
    return u.build("business unit", b::build);
  }

  private static List<Evidence> readEvidence(List<Node> nodes) throws SocialBusinessJsonException {
    List<Evidence> out = new ArrayList<>(nodes.size());
    for (Node e : nodes) {
      e.object("evidence", "practice", "adoption", "note", "basis");
      Practice practice = e.get("practice").enumValue(Practice.class);
      Adoption adoption = e.get("adoption").enumValue(Adoption.class);
      Optional<Node> note = e.opt("note");
      Optional<Node> basis = e.opt("basis");
      if (note.isEmpty()) {
        if (basis.isPresent()) {
          throw basis.get().error("a basis needs a note: say what the evidence rests on in 'note'");
        }
        out.add(Evidence.of(practice, adoption));
      } else {
        String text = note.get().text();
        Basis grounds = basis.isPresent() ? basis.get().enumValue(Basis.class) : Basis.SELF_REPORTED;
        out.add(e.build("evidence", () -> Evidence.of(practice, adoption, text, grounds)));
      }
    }
    return out;
  }

  private static CenterOfExcellence readCoe(Node n) throws SocialBusinessJsonException {
    n.object("a center of excellence", "members", "sponsor", "policyAuthority");
    CenterOfExcellence.Builder b = CenterOfExcellence.builder();
    for (Node m : n.list("members")) {
      m.object("a member", "name", "role", "fte", "businessUnit");
      String name = m.get("name").text();
      Role role = m.get("role").enumValue(Role.class);
      double fte = m.get("fte").number();
      Optional<Node> unit = m.opt("businessUnit");
      String unitName = unit.isPresent() ? unit.get().text() : null;
      b.addMember(m.build("member", () -> unitName == null ? Member.of(name, role, fte) : Member.of(name, role, fte).withBusinessUnit(unitName)));
    }
    Optional<Node> sponsor = n.opt("sponsor");
    if (sponsor.isPresent()) {
      b.sponsor(sponsor.get().text());
    }
    Optional<Node> authority = n.opt("policyAuthority");
    if (authority.isPresent()) {
      b.policyAuthority(authority.get().bool());
    }
    return n.build("center of excellence", b::build);
  }

  private static Charter readCharter(Node n) throws SocialBusinessJsonException {
    n.object("a charter", "sections", "versionDate", "functions");
    Charter.Builder b = Charter.builder().versionDate(n.get("versionDate").date());
    for (Map.Entry<String, Node> e : n.get("sections").entries()) {
      CharterElement element = e.getValue().named(CharterElement.class, e.getKey());
      b.putSection(element, e.getValue().text());
    }
    for (Node f : n.list("functions")) {
      b.addFunctions(f.enumValue(BusinessFunction.class));
    }
    return n.build("charter", b::build);
  }

  private static SocialAccount readAccount(Node n) throws SocialBusinessJsonException {
    n.object("an account", "platform", "handle", "businessUnit", "owner", "created", "lastActivity", "audience");
    SocialAccount.Builder b = SocialAccount.builder()
        .platform(n.get("platform").enumValue(Platform.class))
        .handle(n.get("handle").text())
        .created(n.get("created").date());
    Optional<Node> unit = n.opt("businessUnit");
    if (unit.isPresent()) {
      b.businessUnit(unit.get().text());
    }
    Optional<Node> owner = n.opt("owner");
    if (owner.isPresent()) {
      b.owner(owner.get().text());
    }
    Optional<Node> last = n.opt("lastActivity");
    if (last.isPresent()) {
      b.lastActivity(last.get().date());
    }
    Optional<Node> audience = n.opt("audience");
    if (audience.isPresent()) {
      b.audience(audience.get().longValue());
    }
    return n.build("account", b::build);
  }

  static List<String> texts(List<Node> nodes) throws SocialBusinessJsonException {
    List<String> out = new ArrayList<>(nodes.size());
    for (Node s : nodes) {
      out.add(s.text());
    }
    return out;
  }
}
