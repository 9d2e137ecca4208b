package io.github.socialbiz.questionnaire;

import static com.google.common.collect.ImmutableMap.toImmutableMap;
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
import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import java.util.List;
import java.util.Optional;

/**
 * The content of {@link Questionnaire#standard()}, in the library's own words: for each practice a
 * question and what none, some, about half and most or all look like, observably, with what a consultant
 * looks for to confirm each; for each structural fact the yes-or-no question that establishes it.
 */
final class StandardQuestions {

  private StandardQuestions() {}

  /** What a consultant checks, and the basis it supports. */
  private record Look(String text, Basis basis) {}

  /** A question and the one thing it measures, in a phrase for the interview guide's table. */
  private record Measured(Question question, String construct) {}

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

  private static Measured q(
      Practice practice,
      String construct,
      String text,
      Answer none,
      Answer some,
      Answer half,
      Answer most) {
    Answer[] answers = {none, some, half, most};
    ImmutableList.Builder<AnswerOption> options = ImmutableList.builder();
    for (Adoption grade : Adoption.values()) {
      Answer answer = answers[grade.ordinal()];
      options.add(AnswerOption.graded(grade, answer.text, answer.look.text, answer.look.basis));
    }
    options.add(AnswerOption.dontKnow(), AnswerOption.notApplicable());
    return new Measured(
        Question.practice(Question.idOf(practice), practice, text, options.build()), construct);
  }

  private static Measured f(Fact fact, String construct, String text, Answer yes, Answer no) {
    return new Measured(
        Question.fact(
            Question.idOf(fact),
            fact,
            text,
            List.of(
                AnswerOption.of("yes", yes.text, Meaning.HOLDS, yes.look.text, yes.look.basis),
                AnswerOption.of("no", no.text, Meaning.DOES_NOT_HOLD, no.look.text, no.look.basis),
                AnswerOption.dontKnow())),
        construct);
  }

  private static List<Measured> practiceQuestions() {
    return List.of(
        // STRATEGY
        // ------------------------------------------------------------------------------------
        q(
            BUSINESS_GOALS,
            "the share of social initiatives that name an agreed business goal they serve",
            "How many of your social media initiatives name an agreed business goal that they serve?",
            o(
                "None: no business goal has been agreed for social media, and initiatives name none",
                i(
                    "Three people who run social accounts, asked which business goal their work serves,"
                        + " give no common answer and point to no document")),
            o(
                "A few initiatives name a goal, usually one their own team set, such as campaign sales"
                    + " or support volume",
                a("Team plans or briefs that name a goal; other teams' briefs name none")),
            o(
                "About half of the initiatives name an agreed business goal; the rest name none",
                a("Initiative briefs, and how many of them cite a goal from an agreed list")),
            o(
                "Most or all initiatives name the business goal they serve, from a ranked list that"
                    + " leadership agreed",
                a(
                    "The ranked goals with their approval date, and initiative briefs that cite them"))),
        q(
            LONG_TERM_VISION,
            "the share of units whose plans follow a written, multi-year vision of what social changes"
                + " for customers and employees",
            "How many of your units plan against a written vision of what social will change for"
                + " customers and employees over the next several years?",
            o(
                "None: no such vision is written down; plans stop at this year's campaigns",
                i(
                    "Asked what social should look like in three years, the most senior person present"
                        + " lists channels or has no answer")),
            o(
                "One leader describes a longer-term direction, or a written vision guides a few units",
                i("The leader can describe it; people in other units have not heard it")),
            o(
                "A written vision exists, and about half of the units plan against it",
                a(
                    "A vision statement dated within two years, and unit plans that do or do not use it")),
            o(
                "A written vision is widely shared, and most or all units plan against it",
                a(
                    "The vision document, where it is published inside, and unit plans that quote it"))),
        q(
            STRATEGY_ROADMAP,
            "the share of the organization's social work on a prioritized road map that reaches past"
                + " the next campaign",
            "How much of your social work is on a prioritized road map that looks beyond the next"
                + " campaign?",
            o(
                "None: initiatives start as ideas come up, and there is no road map",
                i("Nobody can name the next three initiatives or say who decided their order")),
            o(
                "One team keeps a road map, or a list for this year only, without priorities",
                a("A backlog or plan that covers one team or the current year only")),
            o(
                "A prioritized road map covers about half of the organization's social work",
                a(
                    "The road map with its last review date, and the units or functions missing from it")),
            o(
                "A prioritized road map reaching past next year covers most or all of the"
                    + " organization's social work",
                a(
                    "The road map, its review minutes or change history, and initiatives planned more"
                        + " than a year out"))),
        q(
            PILOT_PROJECTS,
            "the share of significant new social efforts that start as a pilot whose results decide"
                + " what follows",
            "How many of your significant new social efforts start as a small pilot whose results"
                + " decide what follows?",
            o(
                "None: new efforts launch at full scale or are dropped; nothing is tried small first",
                i("Nobody can name a social effort that was tested before it was rolled out")),
            o(
                "One or two pilots have been run, but their results changed no decision",
                i("A pilot can be named, but nobody can say what was decided because of it")),
            o(
                "About half of the larger efforts start as pilots whose results are written up for a"
                    + " decision",
                a("Pilot write-ups with success measures and the decision each led to")),
            o(
                "Most or all significant efforts start as pilots with agreed success measures, and"
                    + " their results decide whether they grow",
                a(
                    "A pilot step in the approval process, and recent write-ups that end in a go or stop"
                        + " decision"))),
        q(
            READINESS_AUDIT,
            "the share of the business covered by a written audit of its readiness for social and of"
                + " its competitors' activity",
            "How much of the business has a written audit of its readiness for social, set against"
                + " what competitors do?",
            o(
                "None: nobody has looked at our readiness or at competitors' social activity",
                i("No readiness review or competitor comparison can be produced")),
            o(
                "Someone has looked at competitors once, informally, without writing it up",
                i("The person can describe what they saw; nothing was recorded")),
            o(
                "A written audit covers about half of the business and its main competitors",
                a("The audit, its date, and which units or competitors it covers")),
            o(
                "Written audits cover most or all of the business and are repeated for each plan",
                a("The latest audits, an earlier edition, and a business case that cites them"))),

        // GOVERNANCE
        // ----------------------------------------------------------------------------------
        q(
            SOCIAL_MEDIA_POLICY,
            "the share of employees covered by a written social media policy that they can find",
            "How many employees are covered by a written social media policy that they can find?",
            o(
                "None: there is no written social media policy",
                i("HR, legal and communications, each asked for the policy, cannot produce one")),
            o(
                "A policy covers the official social team or one unit only",
                a("The policy and whom it addresses; units that say it does not cover them")),
            o(
                "A policy applies to everyone on paper, but only about half of the employees know where"
                    + " to find it",
                a(
                    "The published policy, and a few employees outside marketing asked where to find it")),
            o(
                "Most or all employees are covered, can find the policy, and can name its main rules",
                a(
                    "The policy in the handbook or intranet, acknowledgement records, and employees who"
                        + " can name its main rules"))),
        q(
            POLICY_REINFORCEMENT,
            "the share of employees whom reminders of the policy and notices of its changes reach",
            "How many employees hear about the social media policy again after it was first"
                + " published?",
            o(
                "None: the policy was announced once and never mentioned again",
                i("Nobody remembers when employees last heard about the policy")),
            o(
                "A few groups: new hires, or a team after an incident",
                a("An incident memo or an onboarding slide, and nothing else")),
            o(
                "Reminders and change notices reach about half of the employees",
                a("Dated update announcements and the distribution lists they went to")),
            o(
                "Reminders on a schedule and every change notice reach most or all employees",
                a(
                    "A communication calendar or reminder history, and the notice of the latest change"))),
        q(
            EMPLOYEE_ACCESS,
            "the share of employees who can reach social channels and tools at work when their job"
                + " calls for it",
            "How many employees can reach social channels and tools at work when their job calls for"
                + " it?",
            o(
                "None outside the social team: social sites and tools are blocked",
                i(
                    "IT's description of the web filter, and a social site tried from an ordinary desk")),
            o(
                "A few, granted access case by case on request",
                a("Access request tickets or an exception list")),
            o(
                "About half: whole functions have access while others remain blocked",
                a("Filter rules by group, and a function that is still blocked")),
            o(
                "Most or all employees; blocks remain only for named risks",
                a("The access rules, with the few remaining blocks and the reason for each"))),
        q(
            MODERATION_REVIEW,
            "the share of corporate accounts whose posts pass a review or moderation step",
            "On how many of the organization's accounts does someone check posts before or soon after"
                + " they go out?",
            o(
                "None: posts go out unchecked",
                i("Asked how a post gets published, authors describe publishing directly, alone")),
            o(
                "One team's accounts, or only the posts someone thinks to flag",
                i("The team that reviews, and a team that does not")),
            o(
                "About half of the accounts, usually the main ones, have a review step",
                a(
                    "Approval steps in the publishing tool, and the accounts they are configured for")),
            o(
                "Most or all corporate accounts follow a defined review step, with rules for what needs"
                    + " approval",
                a(
                    "The review guideline, and approval logs in the publishing tool across accounts"))),
        q(
            ACCOUNT_GOVERNANCE,
            "the share of corporate accounts governed from opening to closing by an agreed process",
            "How many of your corporate social accounts are governed by an agreed process, from the"
                + " request to open them to their closing?",
            o(
                "None: anyone can open an account in the organization's name, and nobody closes them",
                i("Nobody approved the newest account; nobody can name one that was ever closed")),
            o(
                "A few: some teams ask the social team first, though nothing requires them to",
                i("A few approval emails, and accounts opened without one")),
            o(
                "About half of the accounts went through a request process; idle ones are rarely"
                    + " retired",
                a("The request form or workflow with its records, and idle accounts still open")),
            o(
                "Most or all: every new account is approved, and accounts no longer needed are retired"
                    + " at a regular review",
                a("Request and approval records, and the accounts retired in the last year"))),
        q(
            ACCOUNT_INVENTORY,
            "the share of corporate social accounts on one maintained list with their owners",
            "How many of the organization's social accounts are on one maintained list that names"
                + " their owners?",
            o(
                "None: nobody knows how many accounts the organization has",
                i("Asked for the number of accounts, people give different numbers or none")),
            o(
                "A few: the social team lists the accounts it runs, not those of other teams",
                a("The central team's list, and accounts a platform search finds that it misses")),
            o(
                "About half: a list exists, but many accounts are missing from it or have no owner",
                a("The inventory with its last update, and the rows that have no owner")),
            o(
                "Most or all accounts are listed with their owner and last activity, and the list is"
                    + " checked against a regular platform search",
                a(
                    "The inventory, its update history, and a spot check of a platform search against it"))),
        q(
            RISK_MANAGEMENT,
            "the share of known social media risks that have a mitigation reviewed on a cycle",
            "How many of your known social media risks are recorded with a mitigation that is reviewed"
                + " on a cycle?",
            o(
                "None: social media risks have never been listed",
                i(
                    "The risk register has no entry about social media, and nobody recalls a discussion")),
            o(
                "A few are talked about after an incident, without a record",
                i("People recall a discussion after an incident; no list came of it")),
            o(
                "About half of the known risks are listed with mitigations, but the list is not reviewed",
                a("The risk list with owners and mitigations, and its date")),
            o(
                "Most or all known risks are in the risk register, with mitigations reviewed on a cycle",
                a(
                    "Risk register entries with their last review date, and a mitigation changed after"
                        + " a review"))),

        // ORGANIZATION
        // --------------------------------------------------------------------------------
        q(
            EXECUTIVE_SPONSORSHIP,
            "the share of senior leaders aligned with the social strategy: informed about it and"
                + " backing it in their own decisions",
            "How many members of the senior leadership team back the social strategy in their own"
                + " decisions?",
            o(
                "None: no senior leader is involved in social",
                i("Nobody recalls when a senior leader last discussed the social program")),
            o(
                "One or a few are kept informed, but do not act on the program's behalf",
                i("Status reports sent to a leader, with no reply or decision on record")),
            o(
                "About half of the senior leaders are engaged and back the strategy in their decisions",
                a(
                    "Steering meeting notes with the leaders present, and decisions they took for the"
                        + " program")),
            o(
                "Most or all senior leaders are aligned with the strategy and back it in their"
                    + " decisions, budgets included",
                a(
                    "Leaders' messages about the program, approved budget lines, and decisions that"
                        + " cite the strategy"))),
        q(
            DEDICATED_TEAM,
            "the share of the social program's work done by people appointed to it rather than by"
                + " volunteers",
            "How much of the social program's work is done by people appointed to it, rather than by"
                + " volunteers beside their jobs?",
            o(
                "None: nobody is appointed; social is done by whoever has time",
                i("Nobody's job description or objectives mention social")),
            o(
                "One person has social as part of their job; volunteers do the rest",
                a("One person's job description or objectives that mention social")),
            o(
                "About half: a small appointed team runs the main channels, volunteers the rest",
                a("The team's roles and time allocation, and volunteers running other accounts")),
            o(
                "Most or all: an appointed team, full or part time, runs the program with social in its"
                    + " objectives",
                a("The organization chart, job descriptions and objectives of the team members"))),
        q(
            CENTER_OF_EXCELLENCE,
            "the share of units that work with a hub setting direction for social and running shared"
                + " services",
            "How many of your units work with a hub or Center of Excellence that sets direction for"
                + " social?",
            o(
                "None: there is no hub; each team handles social on its own",
                i("Asked where they would go for help with social, teams have no answer")),
            o(
                "A few: one team informally helps others when asked",
                i("Several teams name the same helpful team, which has no mandate")),
            o(
                "A hub with a mandate exists, and about half of the units work with it",
                a("The hub's mandate, and units that do not use its services")),
            o(
                "Most or all units work with a hub that sets direction and policy and runs shared"
                    + " services",
                a(
                    "The hub's mandate, its services or training calendar, and units' requests to it"))),
        q(
            PROGRAM_CHARTER,
            "how many of the charter's six parts are written down (goals, approach, measures,"
                + " relationship change, vision, breadth beyond marketing and support)",
            "How many of the six parts of a program charter has your social program written down?",
            o(
                "None: no charter is written; the program's purpose is written nowhere",
                i("Nobody can produce a document that says what the program is for")),
            o(
                "One or two parts, such as goals on a slide",
                a("The draft or slide, and the parts it leaves out")),
            o(
                "About half of the six parts, typically goals, approach and measures",
                a("The charter, its sections and its version date")),
            o(
                "Most or all six: goals, approach, measures, how relationships will change, vision, and"
                    + " reach beyond marketing and support",
                a(
                    "The charter with a section for each part, its owner and the date of its last"
                        + " revision"))),
        q(
            BUSINESS_UNIT_COORDINATION,
            "the share of business units that coordinate their social work with the others through a"
                + " regular forum",
            "How many business units coordinate their social work with the other units through a"
                + " regular forum?",
            o(
                "None: units run social separately and do not know what the others do",
                i("Two units, each asked what the other does on social, do not know")),
            o(
                "A few units swap news now and then, through personal contacts",
                i("Named contacts between a few units, with no regular exchange")),
            o(
                "About half of the units meet in a regular forum or channel",
                a("The meeting's invitation list or the channel's members, and the units missing")),
            o(
                "Most or all units coordinate through a standing forum, with a shared calendar that"
                    + " stops duplicate campaigns",
                a(
                    "Forum minutes, a shared content calendar, and accounts merged or closed as"
                        + " duplicates"))),
        q(
            BUSINESS_UNIT_ENABLEMENT,
            "the share of business units equipped and trained to run their own social work within"
                + " agreed limits",
            "How many business units are equipped and trained to run their own social work within"
                + " agreed limits?",
            o(
                "None: units may not run social themselves, or do it with no support",
                i(
                    "Asked how it started its last social effort, a unit says it was alone or not allowed")),
            o(
                "One or two units get help when they ask",
                i("Examples of help given, all to the same few units")),
            o(
                "About half of the units have the guidelines, templates and training",
                a("The guidelines or toolkit, and the list of units trained")),
            o(
                "Most or all units run social themselves with a toolkit, training and written limits,"
                    + " supported by the hub",
                a(
                    "The toolkit, training records by unit, and the written limits units work within"))),
        q(
            FUNDING,
            "the share of the program's spending paid from a standing budget rather than campaign by"
                + " campaign (who is appointed and which platforms are used are asked separately)",
            "How much of the social program's spending comes from a standing budget rather than from"
                + " campaign to campaign?",
            o(
                "None: social has no budget of its own; it borrows from campaigns",
                i("Nobody can point to a budget line for the social program")),
            o(
                "A small part: one standing line, such as a tool; the rest is granted campaign by"
                    + " campaign",
                a("Campaign budgets with social spend, and the one standing line")),
            o(
                "About half of the program's spending comes from a standing budget",
                a("The budget lines, and the spending still granted campaign by campaign")),
            o(
                "Most or all of the program's spending comes from a recurring budget planned a year"
                    + " ahead",
                a("The approved budget with its lines, and next year's plan"))),
        q(
            TECHNOLOGY_PLATFORMS,
            "the share of teams that use social platforms chosen to serve the strategy's goals",
            "How many of your teams use social platforms that were chosen to serve the strategy's"
                + " goals?",
            o(
                "None: each team buys or signs up for its own tools, with no shared choice",
                i(
                    "Nobody knows how many listening or publishing tools are in use, or several overlap")),
            o(
                "A few teams share tools chosen for a goal; the others pick their own",
                a("Tool contracts by team, and the few shared ones")),
            o(
                "About half of the teams use a preferred set of platforms chosen against the strategy",
                a("The preferred platform list, and contracts outside it")),
            o(
                "Most or all teams use a shared set of platforms, chosen and consolidated against the"
                    + " strategy's goals",
                a("The platform decision tied to goals, and licence use across teams"))),

        // PROCESS
        // -------------------------------------------------------------------------------------
        q(
            TRIAGE_PROCESS,
            "the share of accounts on which incoming issues are sorted and routed by a shared guide",
            "On how many of your accounts are incoming questions and complaints sorted and routed by a"
                + " shared guide?",
            o(
                "None: whoever sees a post decides what to do with it, if anything",
                i("Nobody knows who handled the last complaint posted, or what became of it")),
            o(
                "One team's accounts have routing rules; others answer as they see fit",
                a("Routing rules for one team, and a team without them")),
            o(
                "About half of the accounts, usually the main ones, follow a triage and escalation guide",
                a("The triage guide or decision tree, and the accounts it covers")),
            o(
                "Most or all accounts route issues by a shared guide to named responders, with"
                    + " escalation paths",
                a(
                    "The guide, the routing rules in the tool, and a sample of issues with their"
                        + " handling times"))),
        q(
            CRISIS_PLAN,
            "the share of brands and channels covered by a current social crisis plan with a named"
                + " team",
            "How much of your social presence does a current, written crisis plan for social media"
                + " cover?",
            o(
                "None: there is no crisis plan for social media",
                i("Asked whom they would call first tonight, people give different names or none")),
            o(
                "A general crisis plan gives social media one line and names no team for it",
                a("The general plan, and its lack of social channels or of names")),
            o(
                "About half of the brands or channels are covered by a social crisis plan with a named"
                    + " team",
                a("The plan, the team list with contact details, and the date of the last update")),
            o(
                "Most or all brands and channels are covered by a current plan whose named team has"
                    + " rehearsed it",
                a("The plan, the team roster, and the record of the last drill or real use"))),
        q(
            CONTENT_STRATEGY,
            "the share of channels covered by a content strategy with named owners",
            "How many of your channels does a content strategy with named owners cover?",
            o(
                "None: content is made post by post, with no plan",
                i("Nobody knows what will be published next week until it is made")),
            o(
                "One channel or one campaign has a content calendar",
                a("The calendar, and the channels it leaves out")),
            o(
                "About half of the channels are covered by a content strategy with owners",
                a("The strategy document, its owner and its budget line, if any")),
            o(
                "Most or all channels share one content strategy, with themes, owners, a calendar and a"
                    + " budget",
                a("The strategy, the shared calendar, the named owners and the budget"))),
        q(
            CROSS_FUNCTIONAL_INTEGRATION,
            "the share of functions beyond marketing and customer support (social's usual homes) with"
                + " social methods in their workflows",
            "How many functions beyond marketing and customer support, such as sales, product or HR,"
                + " build social methods into their work?",
            o(
                "None: social stays with marketing and customer support",
                i("Sales, product and HR, asked how they use social, say they do not")),
            o(
                "One other function uses social, on its own initiative",
                i("The function that does, and its own separate way of working")),
            o(
                "About half of the other functions have social steps in defined workflows",
                a("Workflow descriptions with social steps, by function")),
            o(
                "Most or all functions have social steps in their workflows, with shared data and"
                    + " handoffs",
                a(
                    "Process maps with social steps in several functions, and shared dashboards or case"
                        + " handoffs"))),
        q(
            REAL_TIME_RESPONSE,
            "the share of decision makers whom social signals reach while they can still act on them",
            "How many of the people who make business plans get social signals while they can still"
                + " act on them?",
            o(
                "None: what is heard on social does not reach decision makers",
                i("Nobody can name a decision that changed because of something heard on social")),
            o(
                "A few get notable posts forwarded now and then, by email",
                i("Forwarded emails, with nobody owning what happens next")),
            o(
                "About half of the decision makers get regular reports of social insight, weekly or"
                    + " monthly",
                a("The reports, their recipients and their dates")),
            o(
                "Most or all decision makers get alerts in real time, and plans change in response",
                a(
                    "Alert rules with their owners, and recent plans changed within days of a signal"))),

        // EDUCATION
        // -----------------------------------------------------------------------------------
        q(
            EMPLOYEE_EDUCATION,
            "the share of employees reached by repeated social media education suited to their role",
            "How many employees receive repeated social media training suited to their role?",
            o(
                "None: employees get no social media training",
                i("Employees outside marketing, asked what training they had, name none")),
            o(
                "A few: the social team, or people who ask, trained once",
                a("A training deck, with attendance from the social team only")),
            o(
                "About half of the employees are trained for their role",
                a("The curriculum by role, and completion records")),
            o(
                "Most or all employees get role-based training, refreshed as channels and policy change",
                a(
                    "The curriculum with refresh dates, completion rates by role, and the next sessions"
                        + " scheduled"))),
        q(
            BEST_PRACTICE_SHARING,
            "the share of teams that share what works through a council, community or shared space",
            "How many teams share what works on social with other teams, through a council, community"
                + " or shared space?",
            o(
                "None: teams keep what they learn to themselves",
                i("Asked what it learned from another team's social work, a team names nothing")),
            o(
                "A few: lessons pass informally between people who know each other",
                i("Examples of informal exchanges, with no record")),
            o(
                "About half of the teams take part in a council, community or shared space",
                a("Its members and activity, and the teams absent from it")),
            o(
                "Most or all teams contribute to a regular council or internal community and reuse what"
                    + " others share",
                a(
                    "Meeting notes or posts from many teams, and a practice one team took from another"))),
        q(
            INTERNAL_COLLABORATION,
            "the share of employees who work together and find knowledge through internal social"
                + " tools",
            "How many employees use internal social tools to work together and share knowledge?",
            o(
                "None: there are no internal social tools, or nobody uses them",
                i("Employees know no place to ask colleagues a question other than email")),
            o(
                "A few groups share knowledge on an internal network or chat channels",
                a(
                    "Active groups in the internal tool, and the share of employees who belong to one")),
            o(
                "About half of the employees use internal social tools in their daily work",
                a("Monthly active users against headcount, and active groups across functions")),
            o(
                "Most or all employees work together and find knowledge through internal social tools",
                a("Use close to full headcount, and work processes that run through the tool"))),

        // ENGAGEMENT
        // ----------------------------------------------------------------------------------
        q(
            LISTENING,
            "the share of brands and products monitored continuously on social channels",
            "How many of your brands and products are monitored continuously on social channels?",
            o(
                "None: nobody monitors mentions of the brand",
                i(
                    "The organization learns of a viral complaint from the press or customers, not itself")),
            o(
                "A few: one team watches its own campaign terms while its campaigns run",
                a("A monitoring tool or saved search set up for one team's campaign terms")),
            o(
                "About half of the brands and products are monitored continuously",
                a("Standing monitoring queries, and the brands or products they leave out")),
            o(
                "Most or all brands and products, and the main competitors, are monitored continuously",
                a(
                    "The listening set-up and its keywords, and regular insight reports with their"
                        + " recipients"))),
        q(
            OFFICIAL_PRESENCE,
            "the share of official channels that run against a written objective set in planning",
            "How many of your official social channels have a written objective set in planning?",
            o(
                "None: there are no official channels, or none has a written objective",
                i("Asked what each channel is for, people answer about being present")),
            o(
                "A few channels have a written objective; the others were opened because others had"
                    + " them",
                a("Channel plans with objectives for a few accounts only")),
            o(
                "About half of the official channels have a written objective from planning",
                a("Channel plans, and the accounts without one")),
            o(
                "Most or all official channels have a written objective, an audience and an owner",
                a("A channel plan listing each account with its objective, audience and owner"))),
        q(
            COMMUNITY_ENGAGEMENT,
            "the share of channels on which the organization takes part in conversations rather than"
                + " only broadcasting",
            "On how many of your channels does the organization reply and take part in conversations,"
                + " rather than only broadcast?",
            o(
                "None: channels only broadcast; comments go unanswered",
                a("Recent posts whose comments have no reply from the organization")),
            o(
                "Some channels get replies, when someone has time",
                a("Reply rates on the main accounts, and other accounts that stay silent")),
            o(
                "About half of the channels have community managers who take part in conversations",
                a("Community managers' roles, reply figures and a community programme")),
            o(
                "Most or all channels take part, and communities serve the customer lifecycle from"
                    + " buying to support to advocacy",
                a(
                    "Communities or programmes for each lifecycle stage, with their managers and activity"))),
        q(
            SOCIAL_CUSTOMER_SUPPORT,
            "the share of major channels on which support staff answer customers' questions after"
                + " purchase",
            "On how many of your major channels can customers get help from support staff after a"
                + " purchase?",
            o(
                "None: customers asking for help on social get no answer, or are told to call",
                a("Support questions posted in public, and the replies or their absence")),
            o(
                "A few: the social team answers some support questions itself, without support staff",
                i("Marketing staff who answer support questions on social, case by case")),
            o(
                "About half of the major channels are served by support staff with response targets",
                a("Social questions in the support tool, with response targets by channel")),
            o(
                "Most or all major channels are part of the support operation, with targets and case"
                    + " tracking",
                a(
                    "Social cases in the support system, response times by channel, and staffing rotas"))),
        q(
            EMPLOYEE_PARTICIPATION,
            "the share of employees, beyond the social team, who take part on social channels for the"
                + " organization",
            "How many employees beyond the social team take part on social channels for the"
                + " organization?",
            o(
                "None: only the social team posts on the organization's behalf",
                i("Other employees are not encouraged to take part, or are told not to")),
            o(
                "A few enthusiasts or executives post, on their own initiative",
                i("The names of those who post, with no guidance behind them")),
            o(
                "About half of the employees take part, many of them through an advocacy or expert"
                    + " programme",
                a("Programme members and other employees who post, against headcount")),
            o(
                "Most or all employees take part, with guidance and support from a programme",
                a(
                    "Participants against headcount across functions, the guidance, and activity reports"))),

        // MEASUREMENT
        // ---------------------------------------------------------------------------------
        q(
            OBJECTIVE_ALIGNED_METRICS,
            "the share of teams whose social metrics track their department's objectives",
            "How many of your teams measure their social work against their department's objectives"
                + " rather than audience counts?",
            o(
                "None: nothing is measured, or only fans and followers",
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
            "the share of the social program measured by its effect on business outcomes",
            "How much of your social program is measured by its effect on business outcomes such as"
                + " revenue, cost or satisfaction?",
            o(
                "None: nobody can show what social does for business outcomes",
                i("Nobody can produce a figure linking social to revenue, cost or satisfaction")),
            o(
                "One estimate was made once, for a business case or a campaign review",
                a("A one-off estimate in a business case or campaign review")),
            o(
                "About half of the program has outcome measures reported regularly, such as support"
                    + " cost or conversions",
                a("Recurring reports with an outcome measure and the method behind it")),
            o(
                "Most or all of the program has formal outcome metrics, reported to leadership and used"
                    + " in budget decisions",
                a("The outcome dashboard, its method, and a budget decision that cites it"))),
        q(
            CUSTOMER_INSIGHT_INTEGRATION,
            "the share of product and service decisions that use social insight to anticipate what"
                + " customers will want",
            "How many of your product and service decisions use insight from social about what"
                + " customers will want next?",
            o(
                "None: insight from social never reaches product or service decisions",
                i("Product managers cannot recall social feedback ever reaching them")),
            o(
                "A few: notable feedback is passed on by hand, now and then",
                i("Forwarded examples, with nothing tracking what became of them")),
            o(
                "About half of the product and service decisions draw on social insight",
                a("Backlog items or decisions tagged as coming from social, against all of them")),
            o(
                "Most or all product and service decisions draw on social insight, used to anticipate"
                    + " what customers will want",
                a(
                    "A link between the listening tool and the backlog, and decisions traced to trends"
                        + " seen on social"))));
  }

  private static final List<Measured> FACTS =
      List.of(
          f(
              Fact.EXECUTIVE_SPONSOR_NAMED,
              "whether one senior executive is named as the program's sponsor",
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
              "whether the hub's roster has a strategist or adds up to at least one full-time p"
                  + "erson",
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
              "whether the hub may set social media process and policy for the organization",
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
              "whether a corporate social strategist is appointed",
              "Is a corporate social strategist appointed and named on the hub's roster?",
              o(
                  "Yes, a strategist is appointed",
                  a("The strategist's name, job title and objectives")),
              o(
                  "No strategist is appointed",
                  i("Who leads social strategy today, if anyone, and in what role"))),
          f(
              Fact.CHARTER_WRITTEN,
              "whether the charter is written down with its business goals section",
              "Is the program charter written down, with a section on the business goals it serves?",
              o(
                  "Yes, the charter is written and states its business goals",
                  a("The charter and its business goals section")),
              o(
                  "No charter, or one without a business goals section",
                  a("The charter, if there is one, and the list of its sections"))),
          f(
              Fact.COORDINATION_BEGUN,
              "whether social is coordinated across teams by a named executive sponsor or a staffed"
                  + " hub: Formalized's trigger, as the library reads it",
              "Is social media coordinated across the organization's teams by a named executive"
                  + " sponsor or by a staffed hub?",
              o(
                  "Yes: a named executive sponsors social for the whole organization, or a staffed"
                      + " hub coordinates it",
                  a("The sponsor's appointment, or the hub's roster")),
              o(
                  "No: no sponsor is named and no staffed hub coordinates the teams",
                  i("Teams running social, asked who coordinates them, name nobody"))),
          f(
              Fact.BUSINESS_UNIT_LIAISONS,
              "whether every business unit has a named liaison for social",
              "Does every business unit have a named liaison for social, on the hub's roster or in"
                  + " the unit?",
              o(
                  "Yes, every unit has a liaison",
                  a("The list of business units, each with its liaison's name")),
              o("No, some units have no liaison", a("The units without a liaison on the list"))),
          f(
              Fact.CRISIS_TEAM_NAMED,
              "whether the people who would answer a crisis are named in advance, each with a r"
                  + "ole",
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
              "whether the official accounts are listed in one inventory",
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

  private static final ImmutableList<Measured> ALL = all();

  static final Questionnaire QUESTIONNAIRE =
      Questionnaire.of(ALL.stream().map(Measured::question).toList());

  private static final ImmutableMap<String, String> CONSTRUCTS =
      ALL.stream().collect(toImmutableMap(m -> m.question().id(), Measured::construct));

  /**
   * What a standard question measures, in one phrase: for a graded question the share it asks about, for
   * a fact question the fact.
   *
   * @param questionId  the id of a standard question
   * @return the phrase, or empty if no standard question has that id
   */
  static Optional<String> construct(String questionId) {
    return Optional.ofNullable(CONSTRUCTS.get(questionId));
  }

  private static ImmutableList<Measured> all() {
    // a practice or fact added without its question fails here, when the class is first used
    List<Measured> practices = practiceQuestions();
    List<Practice> asked =
        practices.stream().map(m -> ((PracticeQuestion) m.question()).practice()).toList();
    if (!asked.equals(List.of(Practice.values()))) {
      throw new IllegalStateException(
          "The standard questions must ask about every practice once, in practice order, but ask"
              + " about "
              + asked);
    }
    List<Fact> established = FACTS.stream().map(m -> ((FactQuestion) m.question()).fact()).toList();
    if (!established.equals(List.of(Fact.values()))) {
      throw new IllegalStateException(
          "The standard questions must establish every fact once, in fact order, but establish "
              + established);
    }
    return ImmutableList.<Measured>builder().addAll(practices).addAll(FACTS).build();
  }
}
