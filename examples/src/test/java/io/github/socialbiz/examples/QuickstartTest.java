package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class QuickstartTest {

  @Test
  void quickstart_printsTheStagesTheFormalizedGateAndACitedFigure() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        String.join(
            System.lineSeparator(),
            "The six stages of social business transformation:",
            "  1. Planning   \"Listen to Learn\"",
            "  2. Presence   \"Stake Our Claim\"",
            "  3. Engagement \"Dialog Deepens Relationships\"",
            "  4. Formalized \"Organize for Scale\"",
            "  5. Strategic  \"Becoming a Social Business\"",
            "  6. Converged  \"Business is Social\"",
            "",
            "What it takes to be Formalized:",
            "  - Community engagement: at least about half (library's reading)",
            "  - Efforts brought under one sponsor or hub (library's reading)",
            "",
            "'Holistic' is Honeycomb; 'hub & spoke' is Hub and Spoke.",
            "Crises that could have been averted or reduced with preparation (training, staff, processes): 76% "
                + "(Owyang et al. 2011, \"Crisis analysis\" [CORROBORATED])",
            ""),
        bytes.toString(StandardCharsets.UTF_8));
  }
}
