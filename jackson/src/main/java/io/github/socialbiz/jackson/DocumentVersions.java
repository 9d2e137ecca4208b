package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.socialbiz.assessment.ModelVersion;
import java.util.function.Function;

/**
 * The two versions every socialbiz document carries first: {@code formatVersion}, the shape of the JSON
 * (raised when a field is added, removed or changes meaning), and {@code modelVersion}, the version of the
 * frameworks as data the document was made under ({@link ModelVersion}). A document without them is of
 * format 1, written before documents were versioned, under model 1. A newer format or model than this
 * library knows is refused with a clear error; an older one is read.
 */
final class DocumentVersions {

  /**
   * The format this library writes. 1: unversioned documents (before 0.1.0); 2: versions recorded, a
   * roadmap action holds its criterion; 3: a roadmap action may ask first ({@code assessFirst}); 4: unknown
   * is written as such (gate criteria, rules and benchmarks that could not tell, unverified items, scores
   * as ranges, fact evidence), where format 3 wrote a practice nobody assessed as none ({@link
   * OlderFormats}); 5: an organization may name its sector; 6: whether an organization is regulated is
   * written only when stated, where formats 1 to 5 wrote {@code false} for not stated ({@link
   * OlderFormats#regulation}); 7: an organization may list the structural facts its file does not record
   * yet ({@code notRecorded}). Questionnaire and response documents were added in format 3 and have no
   * older shape.
   */
  static final int FORMAT = 7;

  /** The version of a document that does not say: the first. */
  static final int ABSENT = 1;

  private DocumentVersions() {}

  /** The {@code formatVersion} field of a document type, written as {@link #FORMAT}. */
  static <T> Field<T, Integer> format() {
    return Field.<T, Integer>defaulted(
            "formatVersion", version("document format", FORMAT), owner -> FORMAT)
        .notes(
            "the shape of the JSON, "
                + FORMAT
                + " (see [Versions](#versions)); "
                + ABSENT
                + " when absent");
  }

  /** The {@code modelVersion} field of a document type. */
  static <T> Field<T, Integer> model(Function<T, Integer> version) {
    return Field.defaulted("modelVersion", version("model", ModelVersion.CURRENT), version)
        .notes(
            "the frameworks' version, "
                + ModelVersion.CURRENT
                + " (see [Versions](#versions)); "
                + ABSENT
                + " when absent");
  }

  /** A version number from 1 to the newest this library reads. */
  private static JsonType<Integer> version(String what, int newest) {
    return JsonTypes.of(
        "whole number",
        JsonGenerator::writeNumber,
        in -> {
          int v = in.intValue();
          if (v < 1) {
            throw in.error("a " + what + " version is at least 1, but was " + v);
          }
          if (v > newest) {
            throw in.error(
                "the document was written with "
                    + what
                    + " version "
                    + v
                    + ", newer than this library's "
                    + newest
                    + " (it reads 1 to "
                    + newest
                    + "); read it with a newer socialbiz");
          }
          return v;
        });
  }
}
