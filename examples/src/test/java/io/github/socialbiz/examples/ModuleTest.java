package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.jackson.SocialBusinessModule;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Black-box checks of the core module descriptor, seen from a consumer on the module path. */
final class ModuleTest {

  private static final Module CORE = SocialBusinessException.class.getModule();

  @Test
  void core_isTheNamedModule() {
    assertTrue(CORE.isNamed(), "socialbiz-core must be a named module");
    assertEquals("io.github.socialbiz", CORE.getName());
  }

  @Test
  void core_exportsExactlyTheApiPackages() {
    ModuleDescriptor descriptor = CORE.getDescriptor();
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      if (export.source().equals("io.github.socialbiz.internal")) {
        // helpers, not API: only the library's own writers of CSV files and workbooks may read them
        assertEquals(
            Set.of("io.github.socialbiz.jackson", "io.github.socialbiz.excel"), export.targets());
        continue;
      }
      assertTrue(export.targets().isEmpty(), () -> "qualified export: " + export);
      exported.add(export.source());
    }
    assertEquals(
        Set.of(
            "io.github.socialbiz",
            "io.github.socialbiz.assessment",
            "io.github.socialbiz.coe",
            "io.github.socialbiz.governance",
            "io.github.socialbiz.maturity",
            "io.github.socialbiz.organization",
            "io.github.socialbiz.peers",
            "io.github.socialbiz.practice",
            "io.github.socialbiz.profile",
            "io.github.socialbiz.questionnaire",
            "io.github.socialbiz.report",
            "io.github.socialbiz.responses",
            "io.github.socialbiz.rules",
            "io.github.socialbiz.source"),
        exported);
  }

  @Test
  void core_requiresGuavaTransitively() {
    ModuleDescriptor descriptor = CORE.getDescriptor();
    assertTrue(
        descriptor.requires().stream()
            .anyMatch(
                r ->
                    r.name().equals("com.google.common")
                        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
  }

  @Test
  void jackson_isANamedModuleExportingOnePackageAndRequiringCoreAndDatabindTransitively() {
    Module jackson = SocialBusinessModule.class.getModule();
    assertEquals("io.github.socialbiz.jackson", jackson.getName());
    ModuleDescriptor d = jackson.getDescriptor();
    assertEquals(
        Set.of("io.github.socialbiz.jackson"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    Set<String> transitive = new TreeSet<>();
    for (ModuleDescriptor.Requires r : d.requires()) {
      if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
        transitive.add(r.name());
      }
    }
    assertEquals(
        Set.of("io.github.socialbiz", "com.fasterxml.jackson.databind", "org.jspecify"),
        transitive);
  }

  @Test
  void excel_isANamedModuleExportingOnePackageAndKeepingPoiToItself() {
    Module excel = SocialBusinessExcel.class.getModule();
    assertEquals("io.github.socialbiz.excel", excel.getName());
    ModuleDescriptor d = excel.getDescriptor();
    assertEquals(
        Set.of("io.github.socialbiz.excel"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    Set<String> transitive = new TreeSet<>();
    for (ModuleDescriptor.Requires r : d.requires()) {
      if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
        transitive.add(r.name());
      }
    }
    assertEquals(Set.of("io.github.socialbiz", "org.jspecify"), transitive);
    assertTrue(
        d.requires().stream().anyMatch(r -> r.name().equals("org.apache.poi.ooxml")),
        "requires POI");
  }

  @Test
  void coreAndJackson_doNotReadPoi() {
    for (Module m :
        List.of(SocialBusiness.class.getModule(), SocialBusinessModule.class.getModule())) {
      assertTrue(
          m.getDescriptor().requires().stream()
              .noneMatch(r -> r.name().startsWith("org.apache.poi")),
          m.getName());
    }
  }

  @Test
  void examples_runAsANamedModule() {
    assertEquals("io.github.socialbiz.examples", ModuleTest.class.getModule().getName());
  }
}
