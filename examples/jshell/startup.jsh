// socialbiz JShell startup: everything a consultant needs, imported.
import java.time.*;
import java.util.*;
import java.util.stream.*;
import java.nio.file.*;
import io.github.socialbiz.*;
import io.github.socialbiz.assessment.*;
import io.github.socialbiz.coe.*;
import io.github.socialbiz.governance.*;
import io.github.socialbiz.maturity.*;
import io.github.socialbiz.organization.*;
import io.github.socialbiz.peers.*;
import io.github.socialbiz.practice.*;
import io.github.socialbiz.profile.*;
import io.github.socialbiz.questionnaire.*;
import io.github.socialbiz.report.*;
import io.github.socialbiz.responses.*;
import io.github.socialbiz.rules.*;
import io.github.socialbiz.source.*;
import io.github.socialbiz.jackson.*;
import io.github.socialbiz.excel.*;
import static io.github.socialbiz.SocialBusiness.*;
import static io.github.socialbiz.practice.Adoption.*;
import static io.github.socialbiz.profile.SampleOrganizations.AS_OF;
// Why, or why not: any standard rule of an assessment, such as explain(a, "stage.engagement.triage-process").
Explanation explain(Assessment assessment, String ruleId) { return assessment.explain(ruleId); }
