package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.JsonTypes.BOOLEAN;
import static io.github.socialbiz.jackson.JsonTypes.DATE;
import static io.github.socialbiz.jackson.JsonTypes.INT;
import static io.github.socialbiz.jackson.JsonTypes.LONG;
import static io.github.socialbiz.jackson.JsonTypes.NUMBER;
import static io.github.socialbiz.jackson.JsonTypes.TEXT;
import static io.github.socialbiz.jackson.JsonTypes.enumType;

import io.github.socialbiz.assessment.ModelVersion;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.profile.Sector;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Truth;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The JSON shape of an {@link Organization} and its parts, one field table per type; see {@code docs/json.md}. */
final class OrganizationJson {

  private OrganizationJson() {}

  // -----------------------------------------------------------------------
  private static final Field<Evidence, Practice> PRACTICE =
      Field.required("practice", enumType(Practice.class), Evidence::practice);
  private static final Field<Evidence, Adoption> ADOPTION =
      Field.required("adoption", enumType(Adoption.class), Evidence::adoption);
  private static final Field<Evidence, String> NOTE =
      Field.optional("note", TEXT, Evidence::note).notes("what the grade rests on");
  private static final Field<Evidence, Basis> BASIS =
      Field.<Evidence, Basis>optional(
              "basis",
              enumType(Basis.class),
              e -> e.note().isPresent() ? Optional.of(e.basis()) : Optional.empty())
          .notes("only with a note; default `SELF_REPORTED`");

  static final ObjectType<Evidence> EVIDENCE =
      ObjectType.of(
          "evidence",
          List.of(PRACTICE, ADOPTION, NOTE, BASIS),
          v -> {
            Optional<String> note = v.find(NOTE);
            if (note.isEmpty()) {
              if (v.has(BASIS)) {
                throw v.error(
                    BASIS,
                    "a basis needs a note: say what the evidence rests on in '"
                        + NOTE.name()
                        + "'");
              }
              return Evidence.of(v.get(PRACTICE), v.get(ADOPTION));
            }
            return Evidence.of(
                v.get(PRACTICE),
                v.get(ADOPTION),
                note.get(),
                v.find(BASIS).orElse(Basis.SELF_REPORTED));
          });

  // -----------------------------------------------------------------------
  private static final Field<FactEvidence, Fact> FACT =
      Field.required("fact", enumType(Fact.class), FactEvidence::fact);
  private static final Field<FactEvidence, Truth> STATED =
      Field.required("stated", enumType(Truth.class), FactEvidence::stated)
          .notes(
              "what respondents said: `TRUE` (yes), `FALSE` (no) or `UNKNOWN` (asked, nobody could"
                  + " say)");
  private static final Field<FactEvidence, String> FACT_NOTE =
      Field.optional("note", TEXT, FactEvidence::note).notes("what the statement rests on");
  private static final Field<FactEvidence, Basis> FACT_BASIS =
      Field.<FactEvidence, Basis>optional(
              "basis",
              enumType(Basis.class),
              f -> f.note().isPresent() ? Optional.of(f.basis()) : Optional.empty())
          .notes("only with a note; default `SELF_REPORTED`");

  static final ObjectType<FactEvidence> FACT_EVIDENCE =
      ObjectType.of(
          "fact evidence",
          List.of(FACT, STATED, FACT_NOTE, FACT_BASIS),
          v -> {
            Optional<String> note = v.find(FACT_NOTE);
            if (note.isEmpty()) {
              if (v.has(FACT_BASIS)) {
                throw v.error(
                    FACT_BASIS,
                    "a basis needs a note: say what the statement rests on in '"
                        + FACT_NOTE.name()
                        + "'");
              }
              return FactEvidence.of(v.get(FACT), v.get(STATED));
            }
            return FactEvidence.of(
                v.get(FACT),
                v.get(STATED),
                note.get(),
                v.find(FACT_BASIS).orElse(Basis.SELF_REPORTED));
          });

  // -----------------------------------------------------------------------
  private static final Field<BusinessUnit, String> UNIT_NAME =
      Field.required("name", TEXT, BusinessUnit::name);
  private static final Field<BusinessUnit, String> REGION =
      Field.optional("region", TEXT, BusinessUnit::region);
  private static final Field<BusinessUnit, String> LIAISON =
      Field.optional("liaison", TEXT, BusinessUnit::liaison)
          .notes("the unit's contact for the center of excellence");
  private static final Field<BusinessUnit, List<Evidence>> OVERRIDES =
      Field.list("overrides", EVIDENCE, BusinessUnit::overrides)
          .notes("where the unit differs from the organization");

  private static final Field<BusinessUnit, Integer> UNIT_RESPONDENTS =
      Field.defaulted("respondents", INT, BusinessUnit::respondents)
          .notes("respondents who answered for the unit in a merge; 0 when absent");

  static final ObjectType<BusinessUnit> BUSINESS_UNIT =
      ObjectType.of(
          "a business unit",
          List.of(UNIT_NAME, REGION, LIAISON, OVERRIDES, UNIT_RESPONDENTS),
          v ->
              BusinessUnit.builder()
                  .name(v.get(UNIT_NAME))
                  .region(v.find(REGION))
                  .liaison(v.find(LIAISON))
                  .addAllOverrides(v.list(OVERRIDES))
                  .respondents(v.find(UNIT_RESPONDENTS).orElse(0))
                  .build());

  // -----------------------------------------------------------------------
  private static final Field<Member, String> MEMBER_NAME =
      Field.required("name", TEXT, Member::name);
  private static final Field<Member, Role> ROLE =
      Field.required("role", enumType(Role.class), Member::role);
  private static final Field<Member, Double> FTE =
      Field.required("fte", NUMBER, Member::fte).notes("full-time equivalents, such as 0.5");
  private static final Field<Member, String> MEMBER_UNIT =
      Field.optional("businessUnit", TEXT, Member::businessUnit)
          .notes("the name of one of the organization's units");

  static final ObjectType<Member> MEMBER =
      ObjectType.of(
          "a member",
          List.of(MEMBER_NAME, ROLE, FTE, MEMBER_UNIT),
          v -> {
            Member m = Member.of(v.get(MEMBER_NAME), v.get(ROLE), v.get(FTE));
            Optional<String> unit = v.find(MEMBER_UNIT);
            return unit.isPresent() ? m.withBusinessUnit(unit.get()) : m;
          });

  private static final Field<CenterOfExcellence, List<Member>> MEMBERS =
      Field.list("members", MEMBER, CenterOfExcellence::members);
  private static final Field<CenterOfExcellence, String> SPONSOR =
      Field.optional("sponsor", TEXT, CenterOfExcellence::sponsor);
  private static final Field<CenterOfExcellence, Boolean> POLICY_AUTHORITY =
      Field.defaulted("policyAuthority", BOOLEAN, CenterOfExcellence::isPolicyAuthority)
          .notes("default `false`");

  static final ObjectType<CenterOfExcellence> CENTER_OF_EXCELLENCE =
      ObjectType.of(
          "a center of excellence",
          List.of(MEMBERS, SPONSOR, POLICY_AUTHORITY),
          v -> {
            CenterOfExcellence.Builder b =
                CenterOfExcellence.builder()
                    .addAllMembers(v.list(MEMBERS))
                    .sponsor(v.find(SPONSOR));
            Optional<Boolean> authority = v.find(POLICY_AUTHORITY);
            if (authority.isPresent()) {
              b.policyAuthority(authority.get());
            }
            return b.build();
          });

  // -----------------------------------------------------------------------
  private static final Field<Charter, Map<CharterElement, String>> SECTIONS =
      Field.required(
          "sections", JsonTypes.enumMap(enumType(CharterElement.class), TEXT), Charter::sections);
  private static final Field<Charter, LocalDate> VERSION_DATE =
      Field.required("versionDate", DATE, Charter::versionDate);
  private static final Field<Charter, List<BusinessFunction>> FUNCTIONS =
      Field.<Charter, BusinessFunction>list(
              "functions", enumType(BusinessFunction.class), c -> c.functions().asList())
          .notes("the business functions the charter covers");

  private static final Field<Charter, String> CHARTER_OWNER =
      Field.optional("owner", TEXT, Charter::owner)
          .notes("who owns the charter, normally the corporate social strategist");

  static final ObjectType<Charter> CHARTER =
      ObjectType.of(
          "a charter",
          List.of(SECTIONS, VERSION_DATE, FUNCTIONS, CHARTER_OWNER),
          v ->
              Charter.builder()
                  .putAllSections(v.get(SECTIONS))
                  .versionDate(v.get(VERSION_DATE))
                  .addAllFunctions(v.list(FUNCTIONS))
                  .owner(v.find(CHARTER_OWNER))
                  .build());

  // -----------------------------------------------------------------------
  private static final Field<Responder, String> RESPONDER_NAME =
      Field.required("name", TEXT, Responder::name);
  private static final Field<Responder, String> RESPONDER_ROLE =
      Field.required("role", TEXT, Responder::role).notes("their role in a crisis, in your words");

  static final ObjectType<Responder> RESPONDER =
      ObjectType.of(
          "a crisis responder",
          List.of(RESPONDER_NAME, RESPONDER_ROLE),
          v -> Responder.of(v.get(RESPONDER_NAME), v.get(RESPONDER_ROLE)));

  // -----------------------------------------------------------------------
  private static final Field<SocialAccount, Platform> PLATFORM =
      Field.required("platform", enumType(Platform.class), SocialAccount::platform);
  private static final Field<SocialAccount, String> HANDLE =
      Field.required("handle", TEXT, SocialAccount::handle);
  private static final Field<SocialAccount, String> ACCOUNT_UNIT =
      Field.optional("businessUnit", TEXT, SocialAccount::businessUnit)
          .notes("the name of one of the organization's units");
  private static final Field<SocialAccount, String> OWNER =
      Field.optional("owner", TEXT, SocialAccount::owner);
  private static final Field<SocialAccount, LocalDate> CREATED =
      Field.required("created", DATE, SocialAccount::created);
  private static final Field<SocialAccount, LocalDate> LAST_ACTIVITY =
      Field.optional("lastActivity", DATE, SocialAccount::lastActivity);
  private static final Field<SocialAccount, Long> AUDIENCE =
      Field.optional("audience", LONG, SocialAccount::audience);

  static final ObjectType<SocialAccount> ACCOUNT =
      ObjectType.of(
          "an account",
          List.of(PLATFORM, HANDLE, ACCOUNT_UNIT, OWNER, CREATED, LAST_ACTIVITY, AUDIENCE),
          v ->
              SocialAccount.builder()
                  .platform(v.get(PLATFORM))
                  .handle(v.get(HANDLE))
                  .businessUnit(v.find(ACCOUNT_UNIT))
                  .owner(v.find(OWNER))
                  .created(v.get(CREATED))
                  .lastActivity(v.find(LAST_ACTIVITY))
                  .audience(v.find(AUDIENCE))
                  .build());

  // -----------------------------------------------------------------------
  private static final Field<Organization, Integer> FORMAT_VERSION = DocumentVersions.format();
  private static final Field<Organization, Integer> MODEL_VERSION =
      DocumentVersions.model(o -> ModelVersion.CURRENT);
  private static final Field<Organization, String> NAME =
      Field.required("name", TEXT, Organization::name);
  private static final Field<Organization, Integer> EMPLOYEES =
      Field.required("employees", INT, Organization::employees).notes("at least 1");
  private static final Field<Organization, Boolean> REGULATED =
      Field.optional("regulated", BOOLEAN, Organization::regulated)
          .notes(
              "absent or `null` when not stated; before format 6, `false` is read as not stated");
  private static final Field<Organization, String> INDUSTRY =
      Field.optional("industry", TEXT, Organization::industry).notes("in the client's words");
  private static final Field<Organization, Sector> SECTOR =
      Field.optional("sector", enumType(Sector.class), Organization::sector)
          .notes("the NAICS 2022 sector, which peer benchmarks compare by; from format 5");
  private static final Field<Organization, List<String>> REGIONS =
      Field.list("regions", TEXT, o -> o.regions().asList());
  private static final Field<Organization, OrganizationalModel> DECLARED_MODEL =
      Field.optional(
              "declaredModel", enumType(OrganizationalModel.class), Organization::declaredModel)
          .notes("the model the organization says it follows");
  private static final Field<Organization, ParticipationStance> PARTICIPATION_STANCE =
      Field.optional(
          "participationStance",
          enumType(ParticipationStance.class),
          Organization::participationStance);
  private static final Field<Organization, List<BusinessUnit>> BUSINESS_UNITS =
      Field.list("businessUnits", BUSINESS_UNIT, Organization::businessUnits);
  private static final Field<Organization, List<Evidence>> EVIDENCE_LIST =
      Field.<Organization, Evidence>list("evidence", EVIDENCE, Organization::evidence)
          .notes("one per practice at most");
  private static final Field<Organization, List<FactEvidence>> FACT_EVIDENCE_LIST =
      Field.<Organization, FactEvidence>list(
              "factEvidence", FACT_EVIDENCE, Organization::factEvidence)
          .notes(
              "what respondents said about structural facts, apart from what the file shows; one per"
                  + " fact at most; from format 4");
  private static final Field<Organization, List<Fact>> NOT_RECORDED =
      Field.<Organization, List<Fact>>optional(
              "notRecorded",
              JsonTypes.listOf(enumType(Fact.class)),
              o ->
                  o.notRecorded().isEmpty()
                      ? Optional.empty()
                      : Optional.of(o.notRecorded().asList()))
          .notes(
              "structural facts the file does not record yet: its silence about them is not read as"
                  + " not in place, so they stay unknown until the file shows them or the respondents"
                  + " say; written when not empty; absent or `null` for none; from format 7");
  private static final Field<Organization, List<Practice>> OUT_OF_SCOPE =
      Field.<Organization, Practice>list(
              "outOfScope", enumType(Practice.class), o -> o.outOfScope().asList())
          .notes("practices that never count as met");
  private static final Field<Organization, CenterOfExcellence> COE =
      Field.defaulted("coe", CENTER_OF_EXCELLENCE, Organization::coe).notes("default: no members");
  private static final Field<Organization, Charter> CHARTER_FIELD =
      Field.optional("charter", CHARTER, Organization::charter);
  private static final Field<Organization, List<Responder>> CRISIS_TEAM =
      Field.<Organization, Responder>list("crisisTeam", RESPONDER, Organization::crisisTeam)
          .notes("the people named to respond in a crisis");
  private static final Field<Organization, List<SocialAccount>> ACCOUNTS =
      Field.list("accounts", ACCOUNT, Organization::accounts);

  private static final List<Field<Organization, ?>> FIELDS =
      List.of(
          FORMAT_VERSION,
          MODEL_VERSION,
          NAME,
          EMPLOYEES,
          REGULATED,
          INDUSTRY,
          SECTOR,
          REGIONS,
          DECLARED_MODEL,
          PARTICIPATION_STANCE,
          BUSINESS_UNITS,
          EVIDENCE_LIST,
          FACT_EVIDENCE_LIST,
          NOT_RECORDED,
          OUT_OF_SCOPE,
          COE,
          CHARTER_FIELD,
          CRISIS_TEAM,
          ACCOUNTS);

  /** An organization as a document of its own, versions first, read in its own format. */
  static final ObjectType<Organization> ORGANIZATION =
      ObjectType.of(
          "an organization",
          FIELDS,
          v -> build(v, v.find(FORMAT_VERSION).orElse(DocumentVersions.ABSENT)));

  /** Makes the organization read in a document of {@code format}. */
  private static Organization build(ObjectType<Organization>.Values v, int format)
      throws IOException {
    Organization.Builder b =
        Organization.builder()
            .name(v.get(NAME))
            .employees(v.get(EMPLOYEES))
            .industry(v.find(INDUSTRY))
            .sector(v.find(SECTOR))
            .addAllRegions(v.list(REGIONS))
            .declaredModel(v.find(DECLARED_MODEL))
            .participationStance(v.find(PARTICIPATION_STANCE))
            .addAllBusinessUnits(v.list(BUSINESS_UNITS))
            .addAllEvidence(v.list(EVIDENCE_LIST))
            .addAllFactEvidence(v.list(FACT_EVIDENCE_LIST))
            .addAllNotRecorded(v.find(NOT_RECORDED).orElse(List.of()))
            .addAllOutOfScope(v.list(OUT_OF_SCOPE))
            .charter(v.find(CHARTER_FIELD))
            .addAllCrisisTeam(v.list(CRISIS_TEAM))
            .addAllAccounts(v.list(ACCOUNTS))
            .regulated(OlderFormats.regulation(v.find(REGULATED), format));
    Optional<CenterOfExcellence> coe = v.find(COE);
    if (coe.isPresent()) {
      b.coe(coe.get());
    }
    return b.build();
  }

  /** An organization inside another document, which carries the versions: written without its own. */
  static final ObjectType<Organization> PART =
      ORGANIZATION.writingWithout(Set.of(FORMAT_VERSION, MODEL_VERSION));

  /** Read inside a document of format 5 or older, whose format it takes ({@link #partIn}). */
  private static final ObjectType<Organization> PART_BEFORE_STATING_REGULATION =
      ObjectType.of(
          "an organization", FIELDS, v -> build(v, OlderFormats.FIRST_STATING_REGULATION - 1));

  /** Read inside a document of this library's format. */
  private static final ObjectType<Organization> PART_NOW =
      ObjectType.of("an organization", FIELDS, v -> build(v, DocumentVersions.FORMAT));

  /** Reads an organization inside another document in that document's format. */
  static JsonType<Organization> partIn(int format) {
    return format < OlderFormats.FIRST_STATING_REGULATION
        ? PART_BEFORE_STATING_REGULATION
        : PART_NOW;
  }
}
