package io.github.socialbiz.examples;

import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.jackson.SocialBusinessJsonException;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saving a profile to JSON and loading it back (the twin of {@code jshell/04-json.jsh}). */
public final class JsonProfiles {

  private JsonProfiles() {}

  /**
   * Writes Bluefin Foods to a temporary file, reads it back and shows a broken document's error.
   *
   * @param args  ignored
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("socialbiz"), System.out);
  }

  static void run(Path dir, PrintStream out) throws IOException {
    Path file = dir.resolve("bluefin.json");
    SocialBusinessJson.write(SampleOrganizations.presenceWithoutResponse(), file);
    Organization back = SocialBusinessJson.readOrganization(file);
    out.println(
        "equal after the round trip: "
            + back.equals(SampleOrganizations.presenceWithoutResponse()));
    try {
      SocialBusinessJson.readOrganization(
          "{\"name\":\"Tiny\",\"employees\":12,\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"LOTS\"}]}");
    } catch (SocialBusinessJsonException e) {
      out.println(e.getOriginalMessage());
    }
  }
}
