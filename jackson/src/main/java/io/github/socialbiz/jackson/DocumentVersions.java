package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.socialbiz.assessment.ModelVersion;
import java.io.IOException;
import java.util.Optional;

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
   * roadmap action holds its criterion.
   */
  static final int FORMAT = 2;

  /** The versions one document declares. */
  record Declared(int format, int model) {}

  private DocumentVersions() {}

  static void write(JsonGenerator g, int modelVersion) throws IOException {
    g.writeNumberField("formatVersion", FORMAT);
    g.writeNumberField("modelVersion", modelVersion);
  }

  static Declared read(Node n) throws SocialBusinessJsonException {
    return new Declared(version(n.opt("formatVersion"), FORMAT, "document format", 1),
        version(n.opt("modelVersion"), ModelVersion.CURRENT, "model", 1));
  }

  private static int version(Optional<Node> field, int newest, String what, int absent) throws SocialBusinessJsonException {
    if (field.isEmpty()) {
      return absent;
    }
    int v = field.get().intValue();
    if (v < 1) {
      throw field.get().error("a " + what + " version is at least 1, but was " + v);
    }
    if (v > newest) {
      throw field.get().error("the document was written with " + what + " version " + v + ", newer than this library's " + newest
          + " (it reads 1 to " + newest + "); read it with a newer socialbiz");
    }
    return v;
  }
}
