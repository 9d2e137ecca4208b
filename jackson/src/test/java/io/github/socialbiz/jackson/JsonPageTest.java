package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.socialbiz.testing.GeneratedDocs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generates the field tables, names and limits of {@code docs/json.md} from the module's field tables and
 * fails when the committed page is stale; the page's prose is hand-written.
 */
final class JsonPageTest {

  @Test
  void jsonPage_isUpToDate() throws IOException {
    Set<JsonType<?>> documented = new LinkedHashSet<>();
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("organization fields", fields(OrganizationJson.ORGANIZATION, documented));
    sections.put("assessment fields", fields(AssessmentJson.ASSESSMENT, documented));
    sections.put("questionnaire fields", fields(QuestionnaireJson.QUESTIONNAIRE, documented));
    sections.put("response fields", fields(ResponseJson.RESPONSE, documented));
    sections.put("csv columns", csvColumns());
    sections.put("names", names(documented));
    sections.put("limits", limits());
    GeneratedDocs.checkSections(
        "json.md",
        sections,
        "./mvnw -B -ntp -pl core,jackson test -Dtest='JsonPageTest'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsocialbiz.updateDocs=true");
  }

  @Test
  void peersPage_isUpToDate() throws IOException {
    Map<String, String> sections = new LinkedHashMap<>();
    Set<JsonType<?>> documented = new LinkedHashSet<>();
    sections.put("peer fields", fields(PeerJson.PEER, documented));
    sections.put("peer names", names(documented));
    GeneratedDocs.checkSections(
        "peers.md",
        sections,
        "./mvnw -B -ntp -pl core,jackson test -Dtest='JsonPageTest'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsocialbiz.updateDocs=true");
  }

  /** The table of a document type, then those of its parts not documented yet, in the order they appear. */
  static String fields(ObjectType<?> root, Set<JsonType<?>> documented) {
    List<ObjectType<?>> parts = new ArrayList<>();
    collect(root, documented, parts);
    StringBuilder md = new StringBuilder();
    table(md, root);
    for (ObjectType<?> part : parts.subList(1, parts.size())) {
      String name = part.name();
      md.append("\n### ")
          .append(Character.toUpperCase(name.charAt(0)))
          .append(name.substring(1))
          .append("\n\n");
      table(md, part);
    }
    return md.toString();
  }

  private static void collect(
      JsonType<?> type, Set<JsonType<?>> documented, List<ObjectType<?>> parts) {
    JsonType<?> own = type instanceof ObjectType<?> o ? o.base() : type;
    if (!documented.add(own)) {
      return;
    }
    if (own instanceof ObjectType<?> o) {
      parts.add(o);
    }
    for (JsonType<?> part : type.parts()) {
      collect(part, documented, parts);
    }
  }

  private static void table(StringBuilder md, ObjectType<?> type) {
    md.append("| field | type | required | notes |\n|---|---|---|---|\n");
    for (Field<?, ?> f : type.fields()) {
      md.append("| `")
          .append(f.name())
          .append("` | ")
          .append(f.type().doc())
          .append(" | ")
          .append(f.required() ? "yes" : "no")
          .append(f.notes().isEmpty() ? " |" : " | " + f.notes())
          .append(" |\n");
    }
  }

  /** The columns of a CSV file of responses, in the order they are written. */
  static String csvColumns() {
    StringBuilder md = new StringBuilder("| column | required | notes |\n|---|---|---|\n");
    for (CsvColumn c : CsvColumn.values()) {
      md.append("| `")
          .append(c.header())
          .append("` | ")
          .append(c.isRequired() ? "yes" : "no")
          .append(" | ")
          .append(c.notes())
          .append(" |\n");
    }
    return md.toString();
  }

  /** The names of every enum the documented types use, in the order they appear. */
  static String names(Set<JsonType<?>> documented) {
    StringBuilder md = new StringBuilder("| enum | names |\n|---|---|\n");
    for (JsonType<?> t : documented) {
      if (t instanceof JsonTypes.EnumType<?> e) {
        md.append("| `")
            .append(e.type().getSimpleName())
            .append("` | ")
            .append(
                Arrays.stream(e.type().getEnumConstants())
                    .map(c -> "`" + c.name() + "`")
                    .collect(Collectors.joining(", ")))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** The stream limits of SocialBusinessJson beside Jackson's defaults. */
  static String limits() {
    StreamReadConstraints ours = SocialBusinessModule.streamReadConstraints();
    StreamReadConstraints jackson = StreamReadConstraints.defaults();
    return "| limit | `SocialBusinessJson`, `newMapper()` | Jackson's default |\n|---|---|---|\n"
        + "| nesting of objects and arrays | "
        + number(ours.getMaxNestingDepth())
        + " levels | "
        + number(jackson.getMaxNestingDepth())
        + " levels |\n"
        + "| a text | "
        + number(ours.getMaxStringLength())
        + " characters | "
        + number(jackson.getMaxStringLength())
        + " characters |\n"
        + "| a field name | "
        + number(ours.getMaxNameLength())
        + " characters | "
        + number(jackson.getMaxNameLength())
        + " characters |\n"
        + "| a number | "
        + number(ours.getMaxNumberLength())
        + " characters | "
        + number(jackson.getMaxNumberLength())
        + " characters |\n"
        + "| a document | "
        + length(ours)
        + " | "
        + length(jackson)
        + " |\n";
  }

  private static String length(StreamReadConstraints limits) {
    return limits.hasMaxDocumentLength()
        ? number(limits.getMaxDocumentLength()) + " characters (bytes, when read from bytes)"
        : "any length";
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
