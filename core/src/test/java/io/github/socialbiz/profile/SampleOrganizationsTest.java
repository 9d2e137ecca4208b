package io.github.socialbiz.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class SampleOrganizationsTest {

  @Test
  void samples_areTheThreeContrastingOrganizations() {
    assertEquals(
        List.of(
            "Organization{Harbor Credit Union, 1200 employees, regulated, declared CENTRALIZED, units=0, evidence=34, outOfScope=2, coe=0, accounts=2}",
            "Organization{Bluefin Foods, 3500 employees, declared DECENTRALIZED, units=0, evidence=36, coe=1, accounts=14}",
            "Organization{Globex Industries, 120000 employees, declared DANDELION, units=3, evidence=36, coe=12, charter, accounts=178}"),
        SampleOrganizations.all().stream()
            .map(Organization::toString)
            .collect(Collectors.toList()));
    assertSame(SampleOrganizations.multinational(), SampleOrganizations.multinational());
  }

  @Test
  void multinational_holdsThePublishedAverageInventory() {
    Organization globex = SampleOrganizations.multinational();
    assertEquals(178, globex.accounts().size());
    assertEquals(
        ImmutableMap.builder()
            .put(Platform.BLOG, 32)
            .put(Platform.FACEBOOK, 30)
            .put(Platform.INSTAGRAM, 18)
            .put(Platform.LINKEDIN, 29)
            .put(Platform.PINTEREST, 5)
            .put(Platform.TWITTER, 39)
            .put(Platform.YOUTUBE, 20)
            .put(Platform.OTHER, 5)
            .build(),
        globex.accountsByPlatform());
    assertEquals(
        ImmutableMap.of(
            "Consumer Electronics",
            45,
            "Enterprise Cloud",
            45,
            "Healthcare Devices",
            44,
            Organization.CENTRAL,
            44),
        globex.accountsByUnit());
    long idle =
        globex.accounts().stream()
            .filter(a -> a.idleOver(90, SampleOrganizations.AS_OF).isTrue())
            .count();
    assertEquals(45, idle);
    assertEquals(6, globex.accounts().stream().filter(SocialAccount::isOrphaned).count());
    assertEquals(OrganizationalModel.DANDELION, globex.declaredModel().orElseThrow());
    assertEquals(Grade.of(Adoption.SOME), globex.grade("Healthcare Devices", Practice.CRISIS_PLAN));
    assertEquals(12.0, globex.coe().members().size());
  }

  @Test
  void presenceWithoutResponse_hasConversationsButNoTriage() {
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    assertEquals(Grade.of(Adoption.SOME), bluefin.grade(Practice.COMMUNITY_ENGAGEMENT));
    assertEquals(Grade.of(Adoption.NONE), bluefin.grade(Practice.TRIAGE_PROCESS));
    assertEquals(1, bluefin.accounts().stream().filter(SocialAccount::isOrphaned).count());
    assertEquals(
        3,
        bluefin.accounts().stream()
            .filter(a -> a.idleOver(90, SampleOrganizations.AS_OF).isTrue())
            .count());
  }
}
