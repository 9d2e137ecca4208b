package io.github.socialbiz.testing;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
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
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Unverified;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Guidance;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The one jqwik domain of socialbiz: generators of valid values for every type, shared by the property
 * tests of every package.
 */
public class SocialBusinessDomain extends DomainContextBase {

  /** Non-blank single-line text. */
  public static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(' ', '-', '\'', '&', '<')
        .ofMinLength(1)
        .ofMaxLength(24)
        .filter(s -> !s.isBlank());
  }

  /** Dotted, hyphenated keys such as {@code crises.avoidable}. */
  public static Arbitrary<String> dottedKey() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(2).ofMaxSize(4).map(parts -> String.join(".", parts));
  }

  @Provide
  public Arbitrary<Citation> citations() {
    return Combinators.combine(
            Arbitraries.of(Source.class), text(), Arbitraries.of(Provenance.class))
        .as(Citation::of);
  }

  @Provide
  public Arbitrary<Statistic> statistics() {
    Arbitrary<Unit> units = Arbitraries.of(Unit.class);
    Arbitrary<Double> values = Arbitraries.doubles().between(0, 100).ofScale(1);
    return Combinators.combine(
            dottedKey(), text(), values, units, text(), text(), citations(), text().optional())
        .as(
            (key, description, value, unit, population, wave, citation, note) ->
                Statistic.builder()
                    .key(key)
                    .description(description)
                    .value(value)
                    .unit(unit)
                    .population(population)
                    .wave(wave)
                    .citation(citation)
                    .note(note)
                    .build());
  }

  @Provide
  public Arbitrary<Guidance> guidance() {
    return Combinators.combine(Arbitraries.of(Guidance.Kind.class), text(), citations())
        .as(Guidance::of);
  }

  @Provide
  public Arbitrary<Criterion> criteria() {
    Arbitrary<Criterion> practices = practiceCriteria().map(p -> p);
    Arbitrary<Criterion> facts =
        Combinators.combine(dottedKey(), Arbitraries.of(Fact.class), citations())
            .as(Criterion::fact);
    return Arbitraries.oneOf(practices, facts);
  }

  /** Criteria over a practice, any practice at any valid minimum. */
  public Arbitrary<PracticeCriterion> practiceCriteria() {
    return Combinators.combine(
            dottedKey(),
            Arbitraries.of(Practice.class),
            Arbitraries.of(Adoption.SOME, Adoption.HALF, Adoption.MOST),
            citations())
        .as(
            (id, practice, minimum, citation) ->
                (PracticeCriterion) Criterion.practice(id, practice, minimum, citation));
  }

  // ---------------------------------------------------------------------------------------------
  // Rules

  /** References: a citation of the research, or free text. */
  public Arbitrary<Reference> references() {
    return Arbitraries.oneOf(citations().map(c -> c), text().map(Reference::of));
  }

  @Provide
  public Arbitrary<Reason> reasons() {
    return Combinators.combine(
            text(), Arbitraries.of(Truth.class), Arbitraries.oneOf(Arbitraries.just(""), text()))
        .as(Reason::of);
  }

  /** Verdicts of every status: passed, failed (with items involved), unknown (with questions) and not applicable. */
  @Provide
  public Arbitrary<Verdict> verdicts() {
    Arbitrary<List<Reason>> reasons = reasons().list().ofMaxSize(3);
    Arbitrary<List<String>> items = text().list().ofMaxSize(3);
    return Arbitraries.oneOf(
        reasons.map(Verdict::pass),
        Combinators.combine(text(), items, reasons).as(Verdict::fail),
        Combinators.combine(text(), items, reasons).as(Verdict::unknown),
        text().map(Verdict::notApplicable));
  }

  @Provide
  public Arbitrary<Unverified> unverified() {
    return Combinators.combine(
            dottedKey(),
            Arbitraries.of(Severity.class),
            text(),
            text().list().ofMaxSize(3),
            references())
        .as(
            (id, severity, message, ask, citation) ->
                Unverified.builder()
                    .ruleId(id)
                    .severity(severity)
                    .message(message)
                    .addAllAsk(ask)
                    .citation(citation)
                    .build());
  }

  // ---------------------------------------------------------------------------------------------
  // Profile

  /** Dates between 2008 and 2026. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 18 * 365)
        .map(d -> LocalDate.of(2008, 1, 1).plusDays(d));
  }

  @Provide
  public Arbitrary<Evidence> evidence() {
    Arbitrary<Evidence> plain =
        Combinators.combine(Arbitraries.of(Practice.class), Arbitraries.of(Adoption.class))
            .as(Evidence::of);
    Arbitrary<Evidence> noted =
        Combinators.combine(
                Arbitraries.of(Practice.class),
                Arbitraries.of(Adoption.class),
                text(),
                Arbitraries.of(Basis.class))
            .as(Evidence::of);
    return Arbitraries.oneOf(plain, noted);
  }

  /** Evidence for distinct practices. */
  public static Arbitrary<List<Evidence>> evidenceList(int max) {
    return Arbitraries.of(Practice.class)
        .set()
        .ofMaxSize(max)
        .flatMap(
            practices -> {
              List<Arbitrary<Evidence>> items = new ArrayList<>();
              for (Practice p : practices) {
                items.add(Arbitraries.of(Adoption.class).map(a -> Evidence.of(p, a)));
              }
              return Combinators.combine(items).as(list -> list);
            });
  }

  /**
   * What respondents said about one fact: any truth, unknown ("nobody could say") included, with or
   * without a note and its basis.
   */
  @Provide
  public Arbitrary<FactEvidence> factEvidence() {
    return Arbitraries.of(Fact.class).flatMap(SocialBusinessDomain::statementsAbout);
  }

  /** Statements about distinct facts, any of them unknown. */
  public static Arbitrary<List<FactEvidence>> factEvidenceList(int max) {
    return Arbitraries.of(Fact.class)
        .set()
        .ofMaxSize(max)
        .flatMap(
            facts ->
                Combinators.combine(
                        facts.stream()
                            .map(SocialBusinessDomain::statementsAbout)
                            .collect(Collectors.toList()))
                    .as(list -> list));
  }

  private static Arbitrary<FactEvidence> statementsAbout(Fact fact) {
    return Combinators.combine(
            Arbitraries.of(Truth.class), text().optional(), Arbitraries.of(Basis.class))
        .as(
            (stated, note, basis) ->
                note.map(n -> FactEvidence.of(fact, stated, n, basis))
                    .orElseGet(() -> FactEvidence.of(fact, stated)));
  }

  @Provide
  public Arbitrary<Member> members() {
    return Combinators.combine(
            text(), Arbitraries.of(Role.class), Arbitraries.doubles().between(0.05, 1.0).ofScale(2))
        .as(Member::of);
  }

  @Provide
  public Arbitrary<SocialAccount> accounts() {
    return Combinators.combine(
            Arbitraries.of(Platform.class),
            text(),
            dates(),
            Arbitraries.integers().between(0, 3000),
            text().optional(),
            Arbitraries.longs().between(0, 1_000_000).optional())
        .as(
            (platform, handle, created, days, owner, audience) ->
                SocialAccount.builder()
                    .platform(platform)
                    .handle(handle)
                    .created(created)
                    .lastActivity(created.plusDays(days))
                    .owner(owner)
                    .audience(audience)
                    .build());
  }

  @Provide
  public Arbitrary<BusinessUnit> businessUnits() {
    return Combinators.combine(text(), text().optional(), text().optional(), evidenceList(4))
        .as(
            (name, region, liaison, overrides) ->
                BusinessUnit.builder()
                    .name(name)
                    .region(region)
                    .liaison(liaison)
                    .addAllOverrides(overrides)
                    .build());
  }

  @Provide
  public Arbitrary<Charter> charters() {
    return Combinators.combine(
            Arbitraries.of(CharterElement.class).set().ofMaxSize(6),
            text(),
            dates(),
            Arbitraries.of(BusinessFunction.class).set().ofMaxSize(4),
            text().optional())
        .as(
            (elements, text, date, functions, owner) -> {
              Charter.Builder b =
                  Charter.builder().versionDate(date).addAllFunctions(functions).owner(owner);
              for (CharterElement e : elements) {
                b.putSection(e, text + " " + e.displayName());
              }
              return b.build();
            });
  }

  /** Up to three responders with distinct names. */
  @Provide
  public Arbitrary<List<Responder>> crisisTeams() {
    return text()
        .list()
        .uniqueElements()
        .ofMaxSize(3)
        .map(
            names -> {
              List<Responder> team = new ArrayList<>();
              for (int i = 0; i < names.size(); i++) {
                team.add(Responder.of(names.get(i), "Crisis role " + (i + 1)));
              }
              return team;
            });
  }

  @Provide
  public Arbitrary<CenterOfExcellence> coes() {
    return Combinators.combine(
            members().list().ofMaxSize(6), Arbitraries.of(true, false), text().optional())
        .as(
            (members, authority, sponsor) ->
                CenterOfExcellence.builder()
                    .addAllMembers(members)
                    .policyAuthority(authority)
                    .sponsor(sponsor)
                    .build());
  }

  /**
   * Arbitrary valid organizations of every shape: with and without units, evidence, scope limits, CoE,
   * charter and accounts (up to 40), members and accounts placed in the organization's own units. Any
   * practice in scope may be left not assessed, and any fact may carry what respondents said about it,
   * "nobody could say" ({@link Truth#UNKNOWN}) included.
   */
  @Provide
  public Arbitrary<Organization> organizations() {
    Arbitrary<List<String>> unitNames =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofMinLength(2)
            .ofMaxLength(6)
            .set()
            .ofMaxSize(4)
            .map(ArrayList::new);
    return unitNames.flatMap(
        units -> {
          Arbitrary<Optional<String>> unitChoice =
              units.isEmpty()
                  ? Arbitraries.just(Optional.empty())
                  : Arbitraries.of(units).optional();
          Arbitrary<List<BusinessUnit>> bus =
              Combinators.combine(
                      units.stream()
                          .map(
                              u ->
                                  Combinators.combine(text().optional(), evidenceList(3))
                                      .as(
                                          (liaison, overrides) ->
                                              BusinessUnit.builder()
                                                  .name(u)
                                                  .liaison(liaison)
                                                  .addAllOverrides(overrides)
                                                  .build()))
                          .collect(Collectors.toList()))
                  .as(list -> list);
          Arbitrary<List<Member>> roster =
              Combinators.combine(members(), unitChoice)
                  .as((m, u) -> u.map(m::withBusinessUnit).orElse(m))
                  .list()
                  .ofMaxSize(8);
          Arbitrary<CenterOfExcellence> coe =
              Combinators.combine(roster, Arbitraries.of(true, false), text().optional())
                  .as(
                      (members, authority, sponsor) ->
                          CenterOfExcellence.builder()
                              .addAllMembers(members)
                              .policyAuthority(authority)
                              .sponsor(sponsor)
                              .build());
          Arbitrary<List<SocialAccount>> inventory =
              Combinators.combine(accounts(), unitChoice)
                  .as(
                      (a, u) ->
                          u.map(
                                  unit ->
                                      SocialAccount.builder()
                                          .platform(a.platform())
                                          .handle(a.handle())
                                          .created(a.created())
                                          .lastActivity(a.lastActivity())
                                          .owner(a.owner())
                                          .audience(a.audience())
                                          .businessUnit(unit)
                                          .build())
                              .orElse(a))
                  .list()
                  .ofMaxSize(40)
                  .map(SocialBusinessDomain::dedupe);
          Arbitrary<Set<Practice>> scope = Arbitraries.of(Practice.class).set().ofMaxSize(3);
          return Combinators.combine(
                  Combinators.combine(
                          text(),
                          Arbitraries.integers().between(1, 250_000),
                          Arbitraries.of(true, false).optional(),
                          Arbitraries.of(OrganizationalModel.class).optional(),
                          Arbitraries.of(ParticipationStance.class).optional(),
                          factEvidenceList(Fact.values().length),
                          Arbitraries.of(Sector.class).optional(),
                          // mostly a file that records every fact, as before it could say otherwise
                          Arbitraries.frequencyOf(
                              Tuple.of(3, Arbitraries.just(Set.<Fact>of())),
                              Tuple.of(1, Arbitraries.of(Fact.class).set().ofMaxSize(4))))
                      .as(Head::new),
                  bus,
                  evidenceList(Practice.values().length),
                  scope,
                  coe,
                  charters().optional(),
                  crisisTeams(),
                  inventory)
              .as(
                  (head, unitList, evidence, outOfScope, roster2, charter, team, accounts) -> {
                    Set<Practice> free = EnumSet.noneOf(Practice.class);
                    free.addAll(outOfScope);
                    evidence.forEach(e -> free.remove(e.practice()));
                    return Organization.builder()
                        .name(head.name())
                        .employees(head.employees())
                        .regulated(head.regulated())
                        .sector(head.sector())
                        .declaredModel(head.model())
                        .participationStance(head.stance())
                        .addAllBusinessUnits(unitList)
                        .addAllEvidence(evidence)
                        .addAllOutOfScope(free)
                        .coe(roster2)
                        .charter(charter)
                        .addAllCrisisTeam(team)
                        .addAllAccounts(accounts)
                        .addAllFactEvidence(head.facts())
                        .addAllNotRecorded(head.notRecorded())
                        .build();
                  });
        });
  }

  private record Head(
      String name,
      int employees,
      Optional<Boolean> regulated,
      Optional<OrganizationalModel> model,
      Optional<ParticipationStance> stance,
      List<FactEvidence> facts,
      Optional<Sector> sector,
      Set<Fact> notRecorded) {}

  private static List<SocialAccount> dedupe(List<SocialAccount> accounts) {
    Map<String, SocialAccount> unique = new LinkedHashMap<>();
    for (SocialAccount a : accounts) {
      unique.putIfAbsent(a.uniqueKey(), a);
    }
    return new ArrayList<>(unique.values());
  }
}
