package io.github.socialbiz.questionnaire;

import static io.github.socialbiz.practice.Practice.ACCOUNT_GOVERNANCE;
import static io.github.socialbiz.practice.Practice.ACCOUNT_INVENTORY;
import static io.github.socialbiz.practice.Practice.BEST_PRACTICE_SHARING;
import static io.github.socialbiz.practice.Practice.BUSINESS_GOALS;
import static io.github.socialbiz.practice.Practice.BUSINESS_OUTCOME_METRICS;
import static io.github.socialbiz.practice.Practice.BUSINESS_UNIT_COORDINATION;
import static io.github.socialbiz.practice.Practice.BUSINESS_UNIT_ENABLEMENT;
import static io.github.socialbiz.practice.Practice.CENTER_OF_EXCELLENCE;
import static io.github.socialbiz.practice.Practice.COMMUNITY_ENGAGEMENT;
import static io.github.socialbiz.practice.Practice.CONTENT_STRATEGY;
import static io.github.socialbiz.practice.Practice.CRISIS_PLAN;
import static io.github.socialbiz.practice.Practice.CROSS_FUNCTIONAL_INTEGRATION;
import static io.github.socialbiz.practice.Practice.CUSTOMER_INSIGHT_INTEGRATION;
import static io.github.socialbiz.practice.Practice.DEDICATED_TEAM;
import static io.github.socialbiz.practice.Practice.EMPLOYEE_ACCESS;
import static io.github.socialbiz.practice.Practice.EMPLOYEE_EDUCATION;
import static io.github.socialbiz.practice.Practice.EMPLOYEE_PARTICIPATION;
import static io.github.socialbiz.practice.Practice.EXECUTIVE_SPONSORSHIP;
import static io.github.socialbiz.practice.Practice.FUNDING;
import static io.github.socialbiz.practice.Practice.INTERNAL_COLLABORATION;
import static io.github.socialbiz.practice.Practice.LISTENING;
import static io.github.socialbiz.practice.Practice.LONG_TERM_VISION;
import static io.github.socialbiz.practice.Practice.MODERATION_REVIEW;
import static io.github.socialbiz.practice.Practice.OBJECTIVE_ALIGNED_METRICS;
import static io.github.socialbiz.practice.Practice.OFFICIAL_PRESENCE;
import static io.github.socialbiz.practice.Practice.PILOT_PROJECTS;
import static io.github.socialbiz.practice.Practice.POLICY_REINFORCEMENT;
import static io.github.socialbiz.practice.Practice.PROGRAM_CHARTER;
import static io.github.socialbiz.practice.Practice.READINESS_AUDIT;
import static io.github.socialbiz.practice.Practice.REAL_TIME_RESPONSE;
import static io.github.socialbiz.practice.Practice.RISK_MANAGEMENT;
import static io.github.socialbiz.practice.Practice.SOCIAL_CUSTOMER_SUPPORT;
import static io.github.socialbiz.practice.Practice.SOCIAL_MEDIA_POLICY;
import static io.github.socialbiz.practice.Practice.STRATEGY_ROADMAP;
import static io.github.socialbiz.practice.Practice.TECHNOLOGY_PLATFORMS;
import static io.github.socialbiz.practice.Practice.TRIAGE_PROCESS;
import static io.github.socialbiz.profile.Basis.ARTIFACT_CHECKED;
import static io.github.socialbiz.profile.Basis.INTERVIEW;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import java.util.List;

/**
 * The content of {@link Questionnaire#standard()}, in the library's own words: for each practice a
 * question and what none, some, about half and most or all look like, observably, with what a consultant
 * looks for to confirm each; for each structural fact the yes-or-no question that establishes it.
 */
final class StandardQuestions {

  private StandardQuestions() {}

  /** What a consultant checks, and the basis it supports. */
  private record Look(String text, Basis basis) {}

  /** One graded answer: what the respondent reads and what confirms it. */
  private record Answer(String text, Look look) {}

  private static Look a(String text) {
    return new Look(text, ARTIFACT_CHECKED);
  }

  private static Look i(String text) {
    return new Look(text, INTERVIEW);
  }

  private static Answer o(String text, Look look) {
    return new Answer(text, look);
  }

  private static PracticeQuestion q(
      Practice practice, String text, Answer none, Answer some, Answer half, Answer most) {
    Answer[] answers = {none, some, half, most};
    ImmutableList.Builder<AnswerOption> options = ImmutableList.builder();
    for (Adoption grade : Adoption.values()) {
      Answer answer = answers[grade.ordinal()];
      options.add(AnswerOption.graded(grade, answer.text, answer.look.text, answer.look.basis));
    }
    options.add(AnswerOption.dontKnow(), AnswerOption.notApplicable());
    return Question.practice(Question.idOf(practice), practice, text, options.build());
  }

  private static FactQuestion f(Fact fact, String text, Answer yes, Answer no) {
    return Question.fact(
        Question.idOf(fact),
        fact,
        text,
        List.of(
            AnswerOption.of("yes", yes.text, Meaning.HOLDS, yes.look.text, yes.look.basis),
            AnswerOption.of("no", no.text, Meaning.DOES_NOT_HOLD, no.look.text, no.look.basis),
            AnswerOption.dontKnow()));
  }

  private static List<PracticeQuestion> practiceQuestions() {
    return List.of(
        // STRATEGY
        // ------------------------------------------------------------------------------------
        q(
            BUSINESS_GOALS,
            "Which business goals are your social media efforts meant to serve, and where is that written"
                + " down?",
            o(
                "Nobody has said which business goals social media serves; activity justifies itself",
                i(
                    "Three people who run social accounts, asked which business goal their work serves,"
                        + " give no common answer and point to no document")),
            o(
                "A few teams tie their social work to a goal of their own, such as campaign sales or"
                    + " support volume",
                a("Team plans or briefs that name a business goal; other teams' plans name none")),
            o(
                "Goals are written down for about half of the social activity, but not ranked or agreed"
                    + " across units",
                a("A goals document or planning slides covering some units, with no agreed order")),
            o(
                "Leadership has agreed a short, ranked list of business goals, and every social"
                    + " initiative names the goal it serves",
                a(
                    "The ranked goals with their approval date, and initiative briefs that cite them"))),
        q(
            LONG_TERM_VISION,
            "Is there a picture of how social will change the experience of customers and employees over"
                + " the next several years?",
            o(
                "Plans stop at this year's campaigns; nobody has described where social is heading",
                i(
                    "Asked what social should look like in three years, the most senior person present"
                        + " lists channels or has no answer")),
            o(
                "One leader talks about a longer-term direction, but it is neither written down nor"
                    + " shared",
                i("The leader can describe it; people in other teams have not heard it")),
            o(
                "A written vision exists, but only some units know it or plan against it",
                a(
                    "A vision statement dated within two years, and unit plans that do or do not use it")),
            o(
                "A written multi-year vision for customers and employees is widely shared and shapes"
                    + " most units' plans",
                a(
                    "The vision document, where it is published inside, and unit plans that quote it"))),
        q(
            STRATEGY_ROADMAP,
            "Is there a prioritized road map of social initiatives that looks beyond the next campaign,"
                + " and is it kept up to date?",
            o(
                "Initiatives start as ideas come up; there is no road map",
                i("Nobody can name the next three initiatives or say who decided their order")),
            o(
                "A list of planned initiatives exists for one team or for this year, without priorities",
                a("A backlog or plan that covers one team or the current year only")),
            o(
                "A prioritized road map exists, but it covers part of the organization or is rarely"
                    + " revisited",
                a(
                    "The road map with its last review date, and the units or functions missing from it")),
            o(
                "A prioritized road map reaching beyond next year covers the organization and is reviewed"
                    + " on a fixed schedule",
                a(
                    "The road map, its review minutes or change history, and initiatives planned more"
                        + " than a year out"))),
        q(
            PILOT_PROJECTS,
            "Before committing to a social effort, do you try it small and let the results decide what"
                + " comes next?",
            o(
                "New efforts launch at full scale or not at all; nothing is tried small first",
                i("Nobody can name a social effort that was tested before it was rolled out")),
            o(
                "A pilot has been run once or twice, but its results changed no decision",
                i("A pilot can be named, but nobody can say what was decided because of it")),
            o(
                "Larger efforts usually start as pilots, and their results are written up for decision"
                    + " makers",
                a("Pilot write-ups with success measures and the decision each led to")),
            o(
                "Every significant social effort starts as a pilot with agreed success measures, and"
                    + " its results decide whether it grows",
                a(
                    "A pilot step in the approval process, and recent write-ups that end in a go or stop"
                        + " decision"))),
        q(
            READINESS_AUDIT,
            "Have you audited your own readiness for social, and what competitors do there, to make the"
                + " case for action?",
            o(
                "Nobody has looked at our readiness or at competitors' social activity",
                i("No readiness review or competitor comparison can be produced")),
            o(
                "Someone has looked at competitors' channels informally, without writing it up",
                i("The person can describe what they saw; nothing was recorded")),
            o(
                "A readiness or competitor audit was written once, but it is dated or covers part of the"
                    + " business",
                a("The audit, its date, and which units or competitors it covers")),
            o(
                "Readiness and competitor audits are written, repeated, and used in plans and budget"
                    + " requests",
                a("The latest audits, an earlier edition, and a business case that cites them"))),

        // GOVERNANCE
        // ----------------------------------------------------------------------------------
        q(
            SOCIAL_MEDIA_POLICY,
            "Is there a written social media policy that tells employees what they may and may not post,"
                + " and whom does it reach?",
            o(
                "There is no social media policy",
                i("HR, legal and communications, each asked for the policy, cannot produce one")),
            o(
                "A policy exists for the official social team or for one unit only",
                a("The policy and whom it addresses; units that say it does not cover them")),
            o(
                "An organization-wide policy exists, but many employees have not seen it or cannot find"
                    + " it",
                a(
                    "The published policy, and a few employees outside marketing asked where to find it")),
            o(
                "A written policy applies to all employees, is easy to find, and employees can say what"
                    + " it asks of them",
                a(
                    "The policy in the handbook or intranet, acknowledgement records, and employees who"
                        + " can name its main rules"))),
        q(
            POLICY_REINFORCEMENT,
            "Since the policy was published, how are employees reminded of it and told about changes?",
            o(
                "The policy was announced once and never mentioned again",
                i("Nobody remembers when employees last heard about the policy")),
            o(
                "Reminders go out after an incident, or to new hires only",
                a("An incident memo or an onboarding slide, and nothing else")),
            o(
                "Updates are announced, but reminders reach only some groups or come irregularly",
                a("Dated update announcements and the distribution lists they went to")),
            o(
                "The policy is reinforced on a schedule, and every update reaches all employees",
                a(
                    "A communication calendar or reminder history, and the notice of the latest change"))),
        q(
            EMPLOYEE_ACCESS,
            "Can employees reach social channels and tools at work when their job calls for it?",
            o(
                "Social sites and tools are blocked for everyone outside the social team",
                i(
                    "IT's description of the web filter, and a social site tried from an ordinary desk")),
            o(
                "Access is granted case by case, on request",
                a("Access request tickets or an exception list")),
            o(
                "Whole functions have access, while others remain blocked",
                a("Filter rules by group, and a function that is still blocked")),
            o(
                "Employees can use social channels and tools for their work; blocks remain only for"
                    + " named risks",
                a("The access rules, with the few remaining blocks and the reason for each"))),
        q(
            MODERATION_REVIEW,
            "Does someone check what is posted on the organization's behalf, before or soon after it goes"
                + " out?",
            o(
                "Posts go out unchecked",
                i("Asked how a post gets published, authors describe publishing directly, alone")),
            o(
                "One team has a reviewer, or only posts someone thinks to flag get a second look",
                i("The team that reviews, and a team that does not")),
            o(
                "A review step exists for the main accounts, but not for regional or unit accounts",
                a("Approval steps in the publishing tool, configured for some accounts only")),
            o(
                "Every corporate account follows a defined review or moderation step, with rules for what"
                    + " needs approval",
                a(
                    "The review guideline, and approval logs in the publishing tool across accounts"))),
        q(
            ACCOUNT_GOVERNANCE,
            "When someone wants a new corporate social account, who decides, and what happens to accounts"
                + " nobody uses any more?",
            o(
                "Anyone can open an account in the organization's name, and nobody closes them",
                i("Nobody approved the newest account; nobody can name one that was ever closed")),
            o(
                "Some teams ask the social team first, but nothing requires them to",
                i("A few approval emails, and accounts opened without one")),
            o(
                "New accounts go through a request process, but old ones are rarely reviewed or retired",
                a("The request form or workflow with its records, and idle accounts still open")),
            o(
                "Every new account is approved through a process, and accounts no longer needed are"
                    + " retired at a regular review",
                a("Request and approval records, and the accounts retired in the last year"))),
        q(
            ACCOUNT_INVENTORY,
            "Is there a list of every corporate social account, with its owner and whether it is still"
                + " active?",
            o(
                "Nobody knows how many accounts the organization has",
                i("Asked for the number of accounts, people give different numbers or none")),
            o(
                "The social team lists the accounts it runs, but not those of other teams",
                a("The central team's list, and accounts a platform search finds that it misses")),
            o(
                "An inventory exists, but many rows lack an owner or activity, or it is long out of date",
                a("The inventory with its last update, and the rows that have no owner")),
            o(
                "A maintained inventory covers every account with its owner and last activity, and is"
                    + " checked against a regular search",
                a(
                    "The inventory, its update history, and a spot check of a platform search against it"))),
        q(
            RISK_MANAGEMENT,
            "Are social media risks identified, assessed and mitigated, and looked at again over time?",
            o(
                "Social media risks have never been listed or discussed",
                i(
                    "The risk register has no entry about social media, and nobody recalls a discussion")),
            o(
                "Risks are talked about after something goes wrong, without a record",
                i("People recall a discussion after an incident; no list came of it")),
            o(
                "A list of social media risks with mitigations exists, but nobody reviews it",
                a("The risk list with owners and mitigations, and its date")),
            o(
                "Social media risks are in the risk process: identified, assessed, mitigated and"
                    + " reviewed on a cycle",
                a(
                    "Risk register entries with their last review date, and a mitigation changed after"
                        + " a review"))),

        // ORGANIZATION
        // --------------------------------------------------------------------------------
        q(
            EXECUTIVE_SPONSORSHIP,
            "Do senior executives know the social program, take part in it, and back it in public and in"
                + " budgets?",
            o(
                "Senior executives are not involved in social at all",
                i("Nobody recalls when an executive last discussed the social program")),
            o(
                "An executive is kept informed, but does not act on the program's behalf",
                i("Status reports sent to an executive, with no reply or decision on record")),
            o(
                "One executive backs the program and speaks for it, but budget decisions still go"
                    + " around it",
                a(
                    "Steering meeting notes with the executive, and budget requests approved or refused")),
            o(
                "Senior executives back the strategy openly, in internal messages and in budgets, and"
                    + " take part themselves",
                a(
                    "Executives' messages about the program, approved budget lines, and executives'"
                        + " own social activity"))),
        q(
            DEDICATED_TEAM,
            "Are people appointed to run the social program, or does it rest on volunteers working"
                + " beside their jobs?",
            o(
                "Nobody is appointed; social is done by whoever has time",
                i("Nobody's job description or objectives mention social")),
            o(
                "One person has social as part of their job, beside other duties",
                a("One person's job description or objectives that mention social")),
            o(
                "A small appointed team runs the main channels, but much of the work still rests on"
                    + " volunteers",
                a("The team's roles and time allocation, and volunteers running other accounts")),
            o(
                "An appointed team, full or part time, runs the program, with social in its roles and"
                    + " objectives",
                a("The organization chart, job descriptions and objectives of the team members"))),
        q(
            CENTER_OF_EXCELLENCE,
            "Is there a hub or Center of Excellence that sets direction, policy and shared services for"
                + " social across the organization?",
            o(
                "Each team handles social on its own; there is no hub",
                i("Asked where they would go for help with social, teams have no answer")),
            o(
                "One team informally helps others when asked",
                i("Several teams name the same helpful team, which has no mandate")),
            o(
                "A hub exists with a mandate, but several units work outside it",
                a("The hub's mandate, and units that do not use its services")),
            o(
                "A cross-functional hub sets direction and policy and runs shared services that most"
                    + " units use",
                a(
                    "The hub's mandate, its services or training calendar, and units' requests to it"))),
        q(
            PROGRAM_CHARTER,
            "Is the social program's charter written down: its goals, approach, measures and vision?",
            o(
                "There is no charter; the program's purpose is written nowhere",
                i("Nobody can produce a document that says what the program is for")),
            o(
                "A draft or a slide states some of the program's goals",
                a("The draft or slide, and what it leaves out")),
            o(
                "A charter is written, but parts are missing (such as measures or vision) or it has not"
                    + " been revised since approval",
                a("The charter, its sections and its version date")),
            o(
                "A written charter states goals, approach, measures and vision, has an owner, and is"
                    + " revised as the program changes",
                a(
                    "The charter with its owner, version history and the date of the last revision"))),
        q(
            BUSINESS_UNIT_COORDINATION,
            "Do business units know what the others do on social, and work together instead of"
                + " duplicating effort?",
            o(
                "Business units run social separately and do not know what the others do",
                i("Two units, each asked what the other does on social, do not know")),
            o(
                "Some units swap news now and then, through personal contacts",
                i("Named contacts between a few units, with no regular exchange")),
            o(
                "A regular meeting or channel connects about half of the units",
                a("The meeting's invitation list or the channel's members, and the units missing")),
            o(
                "Units coordinate through a standing forum and a shared calendar, and have stopped"
                    + " duplicating campaigns and accounts",
                a(
                    "Forum minutes, a shared content calendar, and accounts merged or closed as"
                        + " duplicates"))),
        q(
            BUSINESS_UNIT_ENABLEMENT,
            "Are business units supported to run their own social efforts within agreed limits?",
            o(
                "Units may not run social themselves, or do it with no support at all",
                i(
                    "Asked how it started its last social effort, a unit says it was alone or not allowed")),
            o(
                "One or two units get help when they ask",
                i("Examples of help given, all to the same few units")),
            o(
                "Units have guidelines and templates, but training and support reach only some of them",
                a("The guidelines or toolkit, and the list of units trained")),
            o(
                "Units run social themselves with a toolkit, training and clear limits, supported by the"
                    + " hub",
                a(
                    "The toolkit, training records by unit, and the written limits units work within"))),
        q(
            FUNDING,
            "Does the program have people, money and technology secured beyond the current campaign?",
            o(
                "Social has no budget of its own; it borrows from campaigns",
                i("Nobody can point to a budget line for the social program")),
            o(
                "Budget is granted campaign by campaign",
                a("Campaign budgets with social spend, and no standing line")),
            o(
                "A standing budget covers part of the program, such as tools or one team, but not staff"
                    + " and growth",
                a("The budget line and what it covers")),
            o(
                "A recurring budget funds the program's people, tools and planned initiatives",
                a(
                    "The approved budget with staff, technology and initiative lines, and next year's plan"))),
        q(
            TECHNOLOGY_PLATFORMS,
            "Is social technology chosen against the strategy's goals, or bought channel by channel and"
                + " team by team?",
            o(
                "Each team buys or signs up for its own tools, with no overall choice",
                i(
                    "Nobody knows how many listening or publishing tools are in use, or several overlap")),
            o(
                "A few tools are shared, but most are chosen by individual teams",
                a("Tool contracts by team, and the few shared ones")),
            o(
                "A preferred set of platforms exists, but about half of the teams still use their own",
                a("The preferred platform list, and contracts outside it")),
            o(
                "Platforms are chosen and consolidated against the strategy's goals, and most teams use"
                    + " the shared set",
                a("The platform decision tied to goals, and licence use across teams"))),

        // PROCESS
        // -------------------------------------------------------------------------------------
        q(
            TRIAGE_PROCESS,
            "When a question, complaint or issue arrives on social, how is it sorted and sent to the right"
                + " person?",
            o(
                "Whoever sees a post decides what to do with it, if anything",
                i("Nobody knows who handled the last complaint posted, or what became of it")),
            o(
                "One team has rules for routing issues; others answer as they see fit",
                a("Routing rules for one team, and a team without them")),
            o(
                "A triage and escalation guide exists for the main channels, but not for every account"
                    + " or unit",
                a("The triage guide or decision tree, and the accounts it covers")),
            o(
                "Every incoming issue is sorted against a shared guide and routed to a named responder,"
                    + " with escalation paths",
                a(
                    "The guide, the routing rules in the tool, and a sample of issues with their"
                        + " handling times"))),
        q(
            CRISIS_PLAN,
            "If a social media crisis broke tonight, is there a written plan and a named team that knows"
                + " what to do?",
            o(
                "There is no crisis plan for social media, and nobody would know whom to call",
                i("Asked whom they would call first tonight, people give different names or none")),
            o(
                "A general crisis plan exists, but it leaves out social media or names no team",
                a("The general plan, and its lack of social channels or of names")),
            o(
                "A social crisis plan and team exist, but the plan is out of date or has never been"
                    + " rehearsed",
                a("The plan, the team list with contact details, and the date of the last update")),
            o(
                "A current social crisis plan names the team and its roles, and the team has rehearsed"
                    + " it",
                a("The plan, the team roster, and the record of the last drill or real use"))),
        q(
            CONTENT_STRATEGY,
            "Is there a content strategy that says what is published, who makes it and with what budget?",
            o(
                "Content is made post by post, with no plan",
                i("Nobody knows what will be published next week until it is made")),
            o(
                "A content calendar exists for one channel or one campaign",
                a("The calendar, and the channels it leaves out")),
            o(
                "A content strategy exists, but it has no owner or budget, or covers some channels only",
                a("The strategy document, its owner and its budget line, if any")),
            o(
                "A content strategy with themes, owners, a shared calendar and a budget covers the"
                    + " organization's channels",
                a("The strategy, the shared calendar, the named owners and the budget"))),
        q(
            CROSS_FUNCTIONAL_INTEGRATION,
            "Are social methods and data part of the work of functions beyond marketing, such as support,"
                + " sales, product or HR?",
            o(
                "Social belongs to marketing alone",
                i("Support, sales and HR, asked how they use social, say they do not")),
            o(
                "One other function uses social on its own initiative",
                i("The function that does, and its own separate way of working")),
            o(
                "Several functions use social in defined workflows, but they share neither data nor tools",
                a(
                    "Workflow descriptions with social steps in two or more functions, on separate tools")),
            o(
                "Social methods and data are built into the workflows of most functions, with shared"
                    + " data and handoffs",
                a(
                    "Process maps with social steps in several functions, and shared dashboards or case"
                        + " handoffs"))),
        q(
            REAL_TIME_RESPONSE,
            "Does what you hear on social channels reach business decisions and plans while it still"
                + " matters?",
            o(
                "What is heard on social does not reach decision makers",
                i("Nobody can name a decision that changed because of something heard on social")),
            o(
                "Notable posts are forwarded now and then, by email",
                i("Forwarded emails, with nobody owning what happens next")),
            o(
                "Regular reports of social insight reach some decision makers, weekly or monthly",
                a("The reports, their recipients and their dates")),
            o(
                "Social signals feed decisions in real time: alerts reach owners, and plans change in"
                    + " response",
                a(
                    "Alert rules with their owners, and recent plans changed within days of a signal"))),

        // EDUCATION
        // -----------------------------------------------------------------------------------
        q(
            EMPLOYEE_EDUCATION,
            "Are employees taught how to take part in social media well, repeatedly and according to"
                + " their role?",
            o(
                "Employees get no social media training",
                i("Employees outside marketing, asked what training they had, name none")),
            o(
                "Training is given once, on request, or to the social team only",
                a("A training deck, with attendance from the social team only")),
            o(
                "Training exists for several roles, but it is one-off or reaches about half of the"
                    + " employees",
                a("The curriculum by role, and completion records")),
            o(
                "Ongoing, role-based education reaches most employees and is refreshed as channels and"
                    + " policy change",
                a(
                    "The curriculum with refresh dates, completion rates by role, and the next sessions"
                        + " scheduled"))),
        q(
            BEST_PRACTICE_SHARING,
            "Do teams share with each other what works on social, and where?",
            o(
                "Teams keep what they learn to themselves",
                i("Asked what it learned from another team's social work, a team names nothing")),
            o(
                "Lessons pass informally between people who know each other",
                i("Examples of informal exchanges, with no record")),
            o(
                "A council, community or shared space exists, but only some teams take part",
                a("Its members and activity, and the teams absent from it")),
            o(
                "A regular council or internal community shares what works, and most teams contribute"
                    + " and reuse it",
                a(
                    "Meeting notes or posts from many teams, and a practice one team took from another"))),
        q(
            INTERNAL_COLLABORATION,
            "Do employees use social tools to collaborate and share knowledge inside the organization?",
            o(
                "There are no internal social tools, or nobody uses them",
                i("Employees know no place to ask colleagues a question other than email")),
            o(
                "A few groups share knowledge on an internal network or chat channels",
                a(
                    "Active groups in the internal tool, and the share of employees who belong to one")),
            o(
                "About half of the employees use internal social tools in their daily work",
                a("Monthly active users against headcount, and active groups across functions")),
            o(
                "Internal social tools are the normal way to work together and find knowledge across"
                    + " the organization",
                a("Use close to full headcount, and work processes that run through the tool"))),

        // ENGAGEMENT
        // ----------------------------------------------------------------------------------
        q(
            LISTENING,
            "Who monitors what people say about the organization on social channels, and what is done"
                + " with it?",
            o(
                "Nobody monitors mentions of the brand",
                i(
                    "The organization learns of a viral complaint from the press or customers, not itself")),
            o(
                "One team watches mentions during its own campaigns",
                a("A monitoring tool or saved search set up for one team's campaign terms")),
            o(
                "Monitoring runs all the time for the main brands, but findings reach only the team that"
                    + " runs it",
                a("Standing monitoring queries and reports, and whom they are sent to")),
            o(
                "Continuous listening covers the brands, products and competitors, and findings reach"
                    + " the teams that act on them",
                a(
                    "The listening set-up and its keywords, regular insight reports, and their"
                        + " recipients across functions"))),
        q(
            OFFICIAL_PRESENCE,
            "Does the organization run official social channels, and is each one tied to an objective set"
                + " in planning?",
            o(
                "The organization has no official social channels",
                i("A search of the major platforms finds nothing official")),
            o(
                "Official channels exist, but they were opened without objectives, because others had"
                    + " them",
                i("Asked what each channel is for, people answer about being present")),
            o(
                "Some channels have written objectives; others run without",
                a("Channel plans with objectives for some accounts only")),
            o(
                "Every official channel has a written objective from planning and is run against it",
                a("A channel plan listing each account with its objective, audience and owner"))),
        q(
            COMMUNITY_ENGAGEMENT,
            "Does the organization take part in conversations and build communities, rather than only"
                + " broadcast?",
            o(
                "Channels only broadcast; comments and replies go unanswered",
                a("Recent posts whose comments have no reply from the organization")),
            o(
                "Replies come on some channels, when someone has time",
                a("Reply rates on the main accounts, and other accounts that stay silent")),
            o(
                "Community managers engage on the main channels, at one or two stages of the customer"
                    + " lifecycle",
                a("Community managers' roles, reply figures and a community programme")),
            o(
                "The organization engages and builds communities across the customer lifecycle, from"
                    + " buying to support to advocacy",
                a(
                    "Communities or programmes for each lifecycle stage, with their managers and activity"))),
        q(
            SOCIAL_CUSTOMER_SUPPORT,
            "Can customers get help with questions after purchase directly on social channels?",
            o(
                "Customers asking for help on social get no answer, or are told to call",
                a("Support questions posted in public, and the replies or their absence")),
            o(
                "The social team answers some support questions itself, without support staff",
                i("Marketing staff who answer support questions on social, case by case")),
            o(
                "Support staff handle questions on the main channels, with response targets",
                a("Social questions in the support tool, with response targets for some channels")),
            o(
                "Support on social is part of the support operation on all major channels, with targets"
                    + " and case tracking",
                a(
                    "Social cases in the support system, response times by channel, and staffing rotas"))),
        q(
            EMPLOYEE_PARTICIPATION,
            "Do employees beyond the social team take part on social channels for the organization, in a"
                + " coordinated way?",
            o(
                "Only the social team posts on the organization's behalf",
                i("Other employees are not encouraged to take part, or are told not to")),
            o(
                "A few enthusiasts or executives post on their own initiative",
                i("The names of those who post, with no guidance or coordination behind them")),
            o(
                "An advocacy or expert programme involves employees from several functions",
                a("The programme, its members and their activity")),
            o(
                "Employees across the organization take part, coordinated through a programme with"
                    + " guidance and support",
                a("Programme members across functions, its guidance, and activity reports"))),

        // MEASUREMENT
        // ---------------------------------------------------------------------------------
        q(
            OBJECTIVE_ALIGNED_METRICS,
            "Do your social metrics track each department's objectives, rather than counts of fans, likes"
                + " and followers?",
            o(
                "Nothing is measured, or only fans, likes and followers",
                a("The last social report, with audience counts only")),
            o(
                "One team measures against an objective of its own",
                a("A report with an objective-linked measure, for one team")),
            o(
                "About half of the teams have metrics tied to their objectives",
                a("Reports by team, and which of them tie their measures to objectives")),
            o(
                "Every team's social metrics map to its department's objectives, in a shared reporting"
                    + " format",
                a(
                    "The metrics framework with each objective and its measure, and recent reports in"
                        + " that format"))),
        q(
            BUSINESS_OUTCOME_METRICS,
            "Do formal metrics connect social activity to business outcomes such as revenue, cost or"
                + " satisfaction?",
            o(
                "Nobody can show what social does for business outcomes",
                i("Nobody can produce a figure linking social to revenue, cost or satisfaction")),
            o(
                "Outcomes were estimated once, for a business case or a campaign review",
                a("A one-off estimate in a business case or campaign review")),
            o(
                "Some outcomes, such as support cost or conversions, are measured regularly, but not"
                    + " across the program",
                a("Recurring reports with an outcome measure and the method behind it")),
            o(
                "Formal outcome metrics are reported regularly to leadership and used in budget"
                    + " decisions",
                a("The outcome dashboard, its method, and a budget decision that cites it"))),
        q(
            CUSTOMER_INSIGHT_INTEGRATION,
            "Does customer insight from social reach the product road map and the support systems?",
            o(
                "Insight from social never reaches product or support",
                i("Product managers cannot recall social feedback ever reaching them")),
            o(
                "Notable feedback is passed to product or support by hand, now and then",
                i("Forwarded examples, with nothing tracking what became of them")),
            o(
                "Social feedback flows into product or support systems, but not both, or for some"
                    + " products only",
                a("Backlog items or tickets tagged as coming from social")),
            o(
                "Social insight flows routinely into product planning and support systems and can be"
                    + " traced to decisions",
                a(
                    "A link between the listening or support tool and the backlog, and items traced to"
                        + " social feedback"))));
  }

  private static final List<FactQuestion> FACTS =
      List.of(
          f(
              Fact.EXECUTIVE_SPONSOR_NAMED,
              "Is a senior executive named as the sponsor of the social program?",
              o(
                  "Yes, a named executive sponsors the program",
                  a(
                      "The sponsor's name and title in the charter, the hub's mandate or a steering group")),
              o(
                  "No executive is named as sponsor",
                  i("Asked who would defend the program's budget, nobody gives a single name"))),
          f(
              Fact.CENTER_OF_EXCELLENCE_STAFFED,
              "Does the hub or Center of Excellence have a roster with a corporate social strategist"
                  + " on it, or with members adding up to at least one full-time person?",
              o(
                  "Yes: the roster has a strategist, or at least one full-time equivalent",
                  a("The roster, with each member's role and share of their time")),
              o(
                  "No: there is no roster, or it has no strategist and adds up to less than one"
                      + " full-time person",
                  i("The people who do the hub's work, and how much of their time it takes"))),
          f(
              Fact.POLICY_AUTHORITY,
              "Does the hub or Center of Excellence have the authority to set social media process"
                  + " and policy for the organization?",
              o(
                  "Yes, the hub sets process and policy",
                  a(
                      "The decision or mandate that grants the authority, and a policy the hub issued")),
              o(
                  "No, the hub advises and others decide",
                  i("Who signs off a new social media policy, and whether the hub takes part"))),
          f(
              Fact.SOCIAL_STRATEGIST_APPOINTED,
              "Is a corporate social strategist appointed and named on the hub's roster?",
              o(
                  "Yes, a strategist is appointed",
                  a("The strategist's name, job title and objectives")),
              o(
                  "No strategist is appointed",
                  i("Who leads social strategy today, if anyone, and in what role"))),
          f(
              Fact.CHARTER_WRITTEN,
              "Is the program charter written down, with a section on the business goals it serves?",
              o(
                  "Yes, the charter is written and states its business goals",
                  a("The charter and its business goals section")),
              o(
                  "No charter, or one without a business goals section",
                  a("The charter, if there is one, and the list of its sections"))),
          f(
              Fact.COORDINATION_BEGUN,
              "Has work begun to bring the separate social efforts under one owner: a sponsor named,"
                  + " a hub staffed, or a company-wide policy reaching at least part of the"
                  + " organization?",
              o(
                  "Yes, at least one of the three has started",
                  a(
                      "The sponsor's appointment, the hub's roster, or the policy and whom it reaches")),
              o(
                  "No, each effort still runs on its own",
                  i("Teams running social, asked who coordinates them, name nobody"))),
          f(
              Fact.BUSINESS_UNIT_LIAISONS,
              "Does every business unit have a named liaison for social, on the hub's roster or in"
                  + " the unit?",
              o(
                  "Yes, every unit has a liaison",
                  a("The list of business units, each with its liaison's name")),
              o("No, some units have no liaison", a("The units without a liaison on the list"))),
          f(
              Fact.CRISIS_TEAM_NAMED,
              "If a post about the organization went badly wrong tonight, are the people who would"
                  + " respond named in advance, each with a role?",
              o(
                  "Yes, a crisis team is named, with a role for each member",
                  a("The list of crisis team members with their roles and how to reach them")),
              o(
                  "No, it would be worked out at the time",
                  i("Asked who would take charge of a crisis, people name different colleagues"))),
          f(
              Fact.ACCOUNTS_INVENTORIED,
              "Is there a list of the organization's official social accounts, whoever in the"
                  + " organization opened them?",
              o(
                  "Yes, the official accounts are listed in one inventory",
                  a("The inventory, with each account's platform, handle and owner")),
              o(
                  "No, nobody has listed the accounts in one place",
                  i(
                      "Asked how many official accounts the organization runs, nobody can give a"
                          + " number"))));

  static final Questionnaire QUESTIONNAIRE = build();

  private static Questionnaire build() {
    // a practice or fact added without its question fails here, when the class is first used
    List<PracticeQuestion> practices = practiceQuestions();
    List<Practice> asked = practices.stream().map(PracticeQuestion::practice).toList();
    if (!asked.equals(List.of(Practice.values()))) {
      throw new IllegalStateException(
          "The standard questions must ask about every practice once, in practice order, but ask"
              + " about "
              + asked);
    }
    List<Fact> established = FACTS.stream().map(FactQuestion::fact).toList();
    if (!established.equals(List.of(Fact.values()))) {
      throw new IllegalStateException(
          "The standard questions must establish every fact once, in fact order, but establish "
              + established);
    }
    return Questionnaire.of(
        ImmutableList.<Question>builder().addAll(practices).addAll(FACTS).build());
  }
}
