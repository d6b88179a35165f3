"""The story of the sample trust, read by make-sample.py: Oakfield Learning
Trust, nine schools (six primaries, three secondaries) on the coast and inland,
over two board self-assessments. Everything a reader sees in the sample is
written here, once, by hand: trustees' notes, the board's rationales, the
evidence it cited (dated before each meeting), and the actions it agreed with
owners from the executive team who would really hold them.

Year 1 is 2024/25 (meeting 12 March 2025, signed off 19 March 2025); year 2 is
2025/26 (meeting 12 March 2026, still a draft: three indicators are left for
the meeting to agree). Year 2 follows up every action of year 1: four were
done during the year, one is in progress with a date the board reset, and one
(the capital plan) is overdue and says so.
"""

TRUST = "Oakfield Learning Trust"

RATERS = [
    {"id": "r1", "name": "Margaret Osei", "role": "Chair"},
    {"id": "r2", "name": "David Hughes", "role": "Vice-chair"},
    {"id": "r3", "name": "Priya Raman", "role": "Chair of audit and risk"},
    {"id": "r4", "name": "Tom Whitfield", "role": "Chair of the education committee"},
    {"id": "r5", "name": "Aisha Bello", "role": "Trustee (people and HR)"},
    {"id": "r6", "name": "Gareth Lloyd", "role": "Trustee (estates)"},
]

# Who owns actions: the executive officer whose job it is.
CEO = "Helen Carter, CEO"
CFO = "Simon Adeyemi, CFO"
DIRECTOR_EDUCATION = "Rachel Burns, Director of Education"
DIRECTOR_PEOPLE = "Lena Novak, Director of People"
GOVERNANCE_PROFESSIONAL = "Joanne Price, Governance Professional"
CHAIR = "Margaret Osei, Chair"

YEARS = {
    1: {"period": "2024/25", "meeting": "2025-03-12", "signOff": {
        "chair": "Margaret Osei", "date": "2025-03-19", "minuteRef": "BM/2025/03/4"}},
    2: {"period": "2025/26", "meeting": "2026-03-12"},
}

INTRANET = "https://intranet.oakfield.example/board/"

# key -> (title, reference, date, confidential)
EVIDENCE = {
    # --- 2024/25
    "ceo-report-autumn-24": ("CEO's termly report to the board, autumn 2024", INTRANET + "2024/ceo-autumn", "2024-12-04", False),
    "ceo-report-spring-25": ("CEO's termly report to the board, spring 2025", INTRANET + "2025/ceo-spring", "2025-02-26", False),
    "minutes-dec-24": ("Board minutes, 4 December 2024", INTRANET + "2024/minutes-12", "2024-12-04", False),
    "strategy-24": ("Trust strategy 2024–2027", INTRANET + "2024/strategy", "2024-09-18", False),
    "skills-audit-24": ("Trustee skills audit, October 2024", INTRANET + "2024/skills-audit", "2024-10-21", False),
    "delegation-24": ("Scheme of delegation, version 3", INTRANET + "2024/delegation-v3", "2024-09-18", False),
    "hillcrest-review-24": ("Hillcrest Academy: trust review visit report", INTRANET + "2024/hillcrest-review", "2024-11-14", True),
    "improvement-model-24": ("School improvement framework, 2024 edition", INTRANET + "2024/improvement-framework", "2024-09-10", False),
    "outcomes-24": ("Validated pupil outcomes, summer 2024", INTRANET + "2024/outcomes", "2024-12-10", False),
    "attendance-jan-25": ("Attendance dashboard, January 2025", INTRANET + "2025/attendance-01", "2025-01-31", False),
    "send-audit-24": ("SEND provision audit", INTRANET + "2024/send-audit", "2024-11-29", False),
    "cpd-offer-24": ("Professional development calendar 2024/25", INTRANET + "2024/cpd", "2024-09-02", False),
    "staff-survey-24": ("Staff survey results, November 2024", INTRANET + "2024/staff-survey", "2024-12-16", False),
    "people-report-24": ("Recruitment and retention report, autumn 2024", INTRANET + "2024/people", "2024-12-02", False),
    "accounts-24": ("Audited accounts for the year to 31 August 2024", INTRANET + "2024/accounts", "2024-12-18", False),
    "budget-plan-24": ("Three-year budget plan, 2024–2027", INTRANET + "2024/budget-plan", "2024-10-15", False),
    "central-services-24": ("Central services review and school leaders' survey", INTRANET + "2025/central-services", "2025-01-22", False),
    "condition-survey-24": ("Estates condition survey, all nine schools", INTRANET + "2024/condition-survey", "2024-11-08", False),
    "risk-register-jan-25": ("Risk register, January 2025", INTRANET + "2025/risk-register", "2025-01-29", True),
    "public-benefit-22": ("Public benefit statement (2022)", "https://oakfield.example/about/public-benefit", "2022-07-01", False),
    "attendance-partnership-24": ("Coastal attendance partnership: terms of reference", INTRANET + "2024/attendance-partnership", "2024-10-03", False),
    "enrichment-24": ("Enrichment and personal development audit", INTRANET + "2025/enrichment", "2025-02-07", False),
    # --- 2025/26
    "ceo-report-autumn-25": ("CEO's termly report to the board, autumn 2025", INTRANET + "2025/ceo-autumn", "2025-12-03", False),
    "ceo-report-spring-26": ("CEO's termly report to the board, spring 2026", INTRANET + "2026/ceo-spring", "2026-02-25", False),
    "minutes-dec-25": ("Board minutes, 3 December 2025", INTRANET + "2025/minutes-12", "2025-12-03", False),
    "governance-review-26": ("External review of governance", INTRANET + "2026/governance-review", "2026-01-20", False),
    "skills-audit-25": ("Trustee skills audit, October 2025", INTRANET + "2025/skills-audit", "2025-10-20", False),
    "hillcrest-review-25": ("Hillcrest Academy: progress review", INTRANET + "2025/hillcrest-review", "2025-11-13", True),
    "outcomes-25": ("Validated pupil outcomes, summer 2025", INTRANET + "2025/outcomes", "2025-12-09", False),
    "curriculum-review-25": ("Secondary curriculum sequencing review", INTRANET + "2025/curriculum-review", "2025-10-30", False),
    "attendance-jan-26": ("Attendance dashboard, January 2026", INTRANET + "2026/attendance-01", "2026-01-30", False),
    "send-plan-25": ("Trust-wide SEND improvement plan", INTRANET + "2025/send-plan", "2025-07-09", False),
    "send-progress-26": ("SEND improvement plan: progress report", INTRANET + "2026/send-progress", "2026-02-11", False),
    "cpd-evaluation-25": ("Evaluation of the instructional coaching programme", INTRANET + "2025/coaching-evaluation", "2025-11-26", False),
    "staff-survey-25": ("Staff survey results, November 2025", INTRANET + "2025/staff-survey", "2025-12-15", False),
    "workload-plan-25": ("Workload reduction plan", INTRANET + "2025/workload-plan", "2025-10-08", False),
    "people-report-25": ("Recruitment and retention report, autumn 2025", INTRANET + "2025/people", "2025-12-01", False),
    "absence-casework-25": ("Staff absence and casework summary", INTRANET + "2026/hr-casework", "2026-01-28", True),
    "accounts-25": ("Audited accounts for the year to 31 August 2025", INTRANET + "2025/accounts", "2025-12-17", False),
    "budget-plan-25": ("Three-year budget plan, 2025–2028", INTRANET + "2025/budget-plan", "2025-10-14", False),
    "icfp-pilot-25": ("Integrated curriculum and financial planning: secondary pilot", INTRANET + "2025/icfp-pilot", "2025-11-19", False),
    "estates-update-26": ("Estates update: roof and heating works", INTRANET + "2026/estates-update", "2026-02-04", False),
    "risk-register-jan-26": ("Risk register, January 2026", INTRANET + "2026/risk-register", "2026-01-28", True),
    "public-benefit-25": ("Public benefit statement 2025", "https://oakfield.example/about/public-benefit", "2025-11-28", False),
    "school-support-25": ("Support for Seaview Primary (outside the trust): agreement and first report", INTRANET + "2025/seaview-support", "2025-10-22", False),
}

# Per indicator and year: the board's agreed level (None: not yet agreed),
# confidence, the evidence it cites, its rationale, and the trustees' notes
# as (rater, level, note). Other trustees' levels are drawn near the board's.
INDICATORS = {
    "governance.shared-accountability": {
        1: dict(level=2, confidence="moderate", evidence=["ceo-report-autumn-24", "minutes-dec-24"],
                rationale="Trustees challenge the executive on outcomes, but the challenge is sharper for the secondaries than for the primaries, where the board sees less data.",
                notes=[("r4", 2, "We ask good questions about Hillcrest and Northfield; I cannot remember the last time we discussed a primary's results in detail."),
                       ("r3", 3, "The December minutes record a clear challenge on key stage 4 progress and a follow-up at the next meeting.")]),
        2: dict(level=3, confidence="strong", evidence=["ceo-report-spring-26", "minutes-dec-25", "outcomes-25"],
                rationale="The new outcomes dashboard covers every school, and the minutes show trustees following up primary results as well as secondary ones.",
                notes=[("r1", 3, "Every school now appears in the termly report with the same measures, which has changed the conversation."),
                       ("r6", 2, "Good progress, though we still take the executive's summary on trust for the smaller primaries.")]),
    },
    "governance.strategic-direction": {
        1: dict(level=3, confidence="moderate", evidence=["strategy-24"],
                rationale="The 2024–2027 strategy is clear and was built with headteachers; the board reviews it each term against its milestones.",
                notes=[("r2", 3, "The strategy day in September was the best use of trustees' time this year.")]),
        2: dict(level=3, confidence="moderate", evidence=["strategy-24", "ceo-report-autumn-25"],
                rationale="The strategy still guides the board's agenda; progress against two of its five milestones is behind and the board has asked for a revised timetable.",
                notes=[("r3", 3, "Milestone reporting is honest: the two that slipped were reported as red, not amber.")]),
    },
    "governance.intervention": {
        1: dict(level=2, confidence="moderate", evidence=["hillcrest-review-24"],
                rationale="The trust intervened at Westgate within weeks of the concerns being raised; at Hillcrest it took two terms, which the board accepts was too slow.",
                notes=[("r4", 2, "Westgate was handled well. Hillcrest drifted for two terms before anyone called it."),
                       ("r1", 2, "We need a clearer trigger for when the trust steps in.")]),
        2: dict(level=3, confidence="moderate", evidence=["hillcrest-review-25", "ceo-report-autumn-25"],
                rationale="The intervention triggers agreed last spring were used at Hillcrest in the autumn, and the progress review shows the support is working.",
                notes=[("r4", 3, "The new triggers did their job at Hillcrest: support was in place within a month.")]),
    },
    "governance.collaboration": {
        1: dict(level=2, confidence="limited", evidence=[],
                rationale="Headteachers meet monthly and share practice, but whether collaboration happens still depends on the individual heads involved.",
                notes=[("r2", 2, "Collaboration is strong among the coastal primaries and barely visible inland.")]),
        2: dict(level=2, confidence="moderate", evidence=["governance-review-26"],
                rationale="The external review found local committees unsure how they contribute to trust-wide work; collaboration between heads is good but not yet built into the structures.",
                notes=[("r5", 2, "Local committee chairs told the reviewer they do not know what the board wants from them."),
                       ("r2", 2, "Heads' collaboration is real; the governance structures have not caught up with it.")]),
    },
    "governance.theory-of-governance": {
        1: dict(level=2, confidence="moderate", evidence=["delegation-24"],
                rationale="The scheme of delegation is clear on paper; in practice local committees still act as if they were governing bodies of maintained schools.",
                notes=[("r3", 2, "Version 3 of the scheme is sound. The culture has not moved with it.")]),
        2: dict(level=3, confidence="strong", evidence=["governance-review-26", "delegation-24"],
                rationale="The external review judged the board's understanding of trust governance to be good and its decision-making well documented.",
                notes=[("r1", 3, "The reviewer's view matches ours: the board knows what it is for.")]),
    },
    "governance.board-expertise": {
        1: dict(level=2, confidence="strong", evidence=["skills-audit-24", "minutes-dec-24"],
                rationale="The skills audit found gaps in school improvement and in the law on employment; the board agreed to commission an external review of governance before recruiting.",
                notes=[("r1", 2, "The audit was candid. We are thin on education expertise beyond Tom.")]),
        2: dict(level=3, confidence="strong", evidence=["skills-audit-25", "governance-review-26"],
                rationale="The board co-opted two committee members in the autumn with the school improvement and employment law expertise the audit asked for, and the external review confirmed it now has the range it needs.",
                notes=[("r4", 3, "No longer the only educationalist on the education committee, which makes for better debate.")]),
    },
    "education.improvement-model": {
        1: dict(level=2, confidence="moderate", evidence=["improvement-model-24"],
                rationale="The school improvement framework is well argued; it is applied fully in the secondaries and only in part in the primaries.",
                notes=[("r4", 2, "Good model, patchy implementation. Marsh Lane has barely seen it.")]),
        2: dict(level=2, confidence="moderate", evidence=["improvement-model-24", "outcomes-25"],
                rationale="Implementation has reached every school, but outcomes have improved at only five of the nine so far; the board wants another year's evidence before judging it established.",
                notes=[("r4", 2, "Every school now has a named improvement partner; the results will take another year."),
                       ("r2", 3, "I would give credit for the reach; the model is now how the trust works.")]),
    },
    "education.curriculum": {
        1: dict(level=2, confidence="moderate", evidence=["outcomes-24"],
                rationale="Primary curriculum leads work well together; secondary sequencing is uneven between subjects.",
                notes=[("r4", 2, "Phonics outcomes up in four of six primaries. Key stage 3 sequencing in humanities is weak.")]),
        2: dict(level=3, confidence="strong", evidence=["curriculum-review-25", "outcomes-25"],
                rationale="The secondary sequencing review led to rewritten key stage 3 plans in humanities and science; the primaries' phonics results have risen again.",
                notes=[("r4", 3, "The sequencing review was thorough and the departments took it seriously."),
                       ("r6", 3, "Visited Northfield's year 8 history: pupils could explain how this term built on the last.")]),
    },
    "education.behaviour-attendance": {
        1: dict(level=2, confidence="strong", evidence=["attendance-jan-25", "ceo-report-spring-25"],
                rationale="Behaviour is good in most schools; persistent absence at Westgate and Marsh Lane remains well above the national rate.",
                notes=[("r2", 2, "Persistent absence at Westgate is nearly one pupil in four."),
                       ("r5", 1, "Marsh Lane's attendance has fallen for three years running.")]),
        2: dict(level=2, confidence="strong", evidence=["attendance-jan-26", "ceo-report-spring-26"],
                rationale="Persistent absence has fallen at both schools but the December target was missed; the board has reset the action to July and asked for monthly figures.",
                notes=[("r2", 2, "Better, not good: Westgate down from 24% to 19% persistent absence, still far above the national rate."),
                       ("r5", 2, "The family liaison work at Marsh Lane is starting to show.")]),
    },
    "education.equity-inclusion": {
        1: dict(level=1, confidence="moderate", evidence=["send-audit-24"],
                rationale="The SEND audit found provision maps of uneven quality and long waits for assessment; disadvantaged pupils' outcomes lag their peers' in every phase.",
                notes=[("r5", 1, "Families told the audit they wait over a year for support to be agreed."),
                       ("r4", 2, "Some strong practice at St Columba's that the other schools should see.")]),
        2: dict(level=2, confidence="moderate", evidence=["send-plan-25", "send-progress-26"],
                rationale="The trust-wide SEND plan agreed in July is in place in every school; waits for assessment are shorter, and the gap for disadvantaged pupils has narrowed in the primaries only.",
                notes=[("r5", 2, "The plan is good and the progress report is honest about what has not changed yet."),
                       ("r1", 2, "Secondary disadvantage gap unchanged; this must be a priority next year.")]),
    },
    "education.professional-development": {
        1: dict(level=2, confidence="limited", evidence=["cpd-offer-24"],
                rationale="The professional development offer is broad; the trust cannot yet show what difference it makes to teaching.",
                notes=[("r4", 2, "Plenty of courses, little sign of anyone checking their effect in classrooms.")]),
        2: dict(level=3, confidence="moderate", evidence=["cpd-evaluation-25"],
                rationale="Instructional coaching now reaches every early-career teacher, and its evaluation shows measurable gains in the observed practice of those coached.",
                notes=[("r4", 3, "The coaching evaluation is the first time we have seen evidence of impact rather than attendance figures.")]),
    },
    "education.rapid-improvement": {
        1: dict(level=2, confidence="moderate", evidence=["hillcrest-review-24"],
                rationale="Westgate improved quickly with trust support; Hillcrest's decline was not addressed until its review visit in November.",
                notes=[("r1", 2, "The trust can turn a school round. It was slow to see that Hillcrest needed it.")]),
        2: None,  # left for the meeting to agree
    },
    "education.flexible-deployment": {
        1: dict(level=1, confidence="limited", evidence=[],
                rationale="Staff are employed by the trust but in practice stay in one school; there is no agreed way to move expertise to where it is needed.",
                notes=[("r5", 1, "Contracts allow it; nobody has tried.")]),
        2: dict(level=2, confidence="moderate", evidence=["people-report-25"],
                rationale="Two specialist maths teachers now work across three schools; this was arranged case by case and the board wants a protocol before it is repeated.",
                notes=[("r5", 2, "The maths arrangement works because two heads trust each other. That is not a system."),
                       ("r6", 1, "Travel between the coastal and inland schools makes this harder than it looks on paper.")]),
    },
    "workforce.good-employer": {
        1: dict(level=3, confidence="moderate", evidence=["staff-survey-24"],
                rationale="Most staff would recommend the trust as a place to work, and HR policies are up to date and applied consistently.",
                notes=[("r5", 3, "Policies are sound and grievances are handled well and on time.")]),
        2: dict(level=3, confidence="strong", evidence=["staff-survey-25", "absence-casework-25"],
                rationale="The staff survey's recommendation score rose again, and casework is handled within the policy's timescales.",
                notes=[("r5", 3, "Casework summary shows nothing outstanding beyond its timescale.")]),
    },
    "workforce.recruitment-retention": {
        1: dict(level=2, confidence="moderate", evidence=["people-report-24"],
                rationale="Early-career teachers are staying longer since the mentoring programme began; science and maths vacancies in the coastal secondaries remain hard to fill.",
                notes=[("r5", 3, "Retention of early-career teachers up from 71% to 84% in two years."),
                       ("r6", 2, "Hillcrest had a supply teacher in physics for the whole of the autumn term.")]),
        2: dict(level=3, confidence="strong", evidence=["people-report-25", "staff-survey-25"],
                rationale="Retention has held and every science post was filled for September; the trust now plans its staffing a year ahead.",
                notes=[("r5", 3, "The workforce plan looks a year ahead for the first time.")]),
    },
    "workforce.workload": {
        1: dict(level=1, confidence="moderate", evidence=["staff-survey-24"],
                rationale="Workload is the staff survey's top concern for the second year, and the trust has no plan to reduce it.",
                notes=[("r5", 1, "Six in ten teachers say their workload is unmanageable."),
                       ("r2", 2, "The marking policy change in the primaries helped; the secondaries have not followed.")]),
        2: dict(level=2, confidence="strong", evidence=["workload-plan-25", "staff-survey-25"],
                rationale="The workload plan removed two data drops and cut meeting time; the survey shows an improvement, though workload is still the staff's top concern.",
                notes=[("r5", 2, "Down from six in ten to four in ten saying it is unmanageable. Real progress, not yet enough.")]),
    },
    "workforce.wellbeing": {
        1: dict(level=2, confidence="limited", evidence=[],
                rationale="The wellbeing offer looks good on paper, but take-up is low and the trust does not know why.",
                notes=[("r5", 2, "We count how many use the helpline, not whether it helps.")]),
        2: dict(level=2, confidence="moderate", evidence=["staff-survey-25"],
                rationale="The survey now asks about wellbeing support, and the trust has acted on its findings about the helpline; take-up is still low in the secondaries.",
                notes=[("r2", 2, "Good that we now ask staff what they think of the offer; the answers are mixed."),
                       ("r5", 3, "Line managers' wellbeing conversations are now routine in the primaries.")]),
    },
    "workforce.people-strategy": {
        1: dict(level=2, confidence="limited", evidence=[],
                rationale="A people strategy is in draft; the board has not yet seen it.",
                notes=[]),
        2: dict(level=2, confidence="moderate", evidence=["people-report-25"],
                rationale="The people strategy was approved in October; it is too early to see its effect beyond the recruitment plan.",
                notes=[("r5", 2, "A good strategy. The board should see its measures each term.")]),
    },
    "workforce.career-pathways": {
        1: dict(level=1, confidence="limited", evidence=[],
                rationale="Teachers have routes into leadership; support staff have no clear route to progression.",
                notes=[("r5", 1, "Teaching assistants told us they see no way up without leaving.")]),
        2: dict(level=1, confidence="moderate", evidence=["staff-survey-25"],
                rationale="Nothing has changed for support staff, who again rated career development lowest in the survey; the board has made it an action for this year.",
                notes=[("r5", 1, "Support staff career development is the lowest-scoring question in the survey, again."),
                       ("r3", 2, "The leadership programme for teachers is well regarded; the gap is support staff.")]),
    },
    "efficiency.value-for-money": {
        1: dict(level=3, confidence="strong", evidence=["accounts-24", "central-services-24"],
                rationale="Clean audited accounts and benchmarking show spending in line with similar trusts, with lower central costs than most.",
                notes=[("r3", 3, "Clean audit opinion, no management letter points of substance.")]),
        2: dict(level=3, confidence="strong", evidence=["accounts-25", "budget-plan-25"],
                rationale="The accounts are clean again and the auditors' two minor points from last year are closed.",
                notes=[("r3", 3, "Both of last year's management letter points closed.")]),
    },
    "efficiency.central-functions": {
        1: dict(level=3, confidence="strong", evidence=["central-services-24", "accounts-24"],
                rationale="Central services cost 5.2% of schools' grant income; the school leaders' survey rates HR and finance support highly and IT support poorly.",
                notes=[("r3", 3, "Good value on HR and finance. IT is the weak link."),
                       ("r2", 3, "Heads say they spend less time on admin than before they joined.")]),
        2: dict(level=3, confidence="moderate", evidence=["ceo-report-autumn-25"],
                rationale="The new IT support contract began in September; early feedback from heads is better but the trust has not yet surveyed them again.",
                notes=[("r3", 3, "IT ticket times have halved since the new contract, by the executive's figures.")]),
    },
    "efficiency.reinvestment": {
        1: dict(level=2, confidence="moderate", evidence=["budget-plan-24"],
                rationale="Savings from the shared contracts were real but went into reserves rather than a planned reinvestment.",
                notes=[("r3", 2, "We saved £180,000 on contracts and cannot say what it bought for pupils.")]),
        2: dict(level=2, confidence="moderate", evidence=["budget-plan-25"],
                rationale="This year's savings fund the instructional coaching programme, a deliberate choice; the trust does not yet have a rule for how savings are reinvested.",
                notes=[("r3", 2, "Right choice this year; it needs to be policy, not a one-off.")]),
    },
    "efficiency.curriculum-led-planning": {
        1: dict(level=2, confidence="limited", evidence=[],
                rationale="The secondaries plan staffing from the curriculum; the primaries do not yet.",
                notes=[("r3", 2, "Hillcrest's timetable was built before its curriculum plan was agreed.")]),
        2: dict(level=2, confidence="moderate", evidence=["icfp-pilot-25"],
                rationale="The secondary pilot of integrated curriculum and financial planning worked well; the primaries will follow next year.",
                notes=[("r3", 2, "The pilot found two subjects over-staffed and one under-staffed at Northfield."),
                       ("r1", 3, "The secondary work is exemplary; I would rate it higher if the primaries were in.")]),
    },
    "efficiency.estate": {
        1: dict(level=1, confidence="strong", evidence=["condition-survey-24", "risk-register-jan-25"],
                rationale="The condition survey found £4.1 million of urgent works, including two roofs and the heating at Marsh Lane; the capital programme is not yet prioritised.",
                notes=[("r6", 1, "Two roofs are past their life and Marsh Lane's boilers will not see out another winter without luck."),
                       ("r3", 2, "Estates is the top risk on the register, rightly.")]),
        2: dict(level=2, confidence="moderate", evidence=["estates-update-26"],
                rationale="The urgent roof and heating works are done, but the three-year capital plan the board asked for by January has not come; the CFO will bring it to the May meeting.",
                notes=[("r6", 2, "The emergency works were well managed. We still have no plan for the rest of the survey's list."),
                       ("r3", 2, "The capital plan is overdue and the board should say so.")]),
    },
    "efficiency.financial-resilience": {
        1: dict(level=3, confidence="moderate", evidence=["budget-plan-24", "accounts-24"],
                rationale="Reserves are healthy, but the three-year plan relies on rolls rising at the coastal primaries.",
                notes=[("r3", 3, "Reserves at 8% of income; the plan's roll assumptions are optimistic.")]),
        2: None,  # left for the meeting to agree: the roll figures arrive in March
    },
    "civic.human-flourishing": {
        1: dict(level=2, confidence="moderate", evidence=["enrichment-24"],
                rationale="Every school offers clubs and trips, but who takes part is not tracked, and disadvantaged pupils take part less.",
                notes=[("r2", 2, "Enrichment is rich at the bigger schools and thin at the small ones.")]),
        2: dict(level=3, confidence="moderate", evidence=["ceo-report-autumn-25"],
                rationale="Schools now track participation, and the trust has funded places for disadvantaged pupils, whose take-up has risen in every school.",
                notes=[("r2", 3, "Participation of disadvantaged pupils in clubs up from 38% to 55%.")]),
    },
    "civic.civic-partnership": {
        1: dict(level=3, confidence="strong", evidence=["attendance-partnership-24", "minutes-dec-24"],
                rationale="The trust leads the coastal attendance partnership with the council and works closely with the local authority on admissions.",
                notes=[("r1", 3, "The council's director of children's services calls us their most constructive trust.")]),
        2: dict(level=3, confidence="moderate", evidence=["ceo-report-spring-26"],
                rationale="The partnership continues and now includes the inland district; the trust also joined the council's SEND sufficiency planning.",
                notes=[("r1", 3, "Sufficiency planning with the council is a step up from last year.")]),
    },
    "civic.system-leadership": {
        1: dict(level=2, confidence="limited", evidence=[],
                rationale="Two headteachers support schools outside the trust informally; the trust has no agreed offer.",
                notes=[("r4", 2, "Generous individuals rather than a trust commitment.")]),
        2: dict(level=3, confidence="moderate", evidence=["school-support-25"],
                rationale="The trust agreed to support Seaview Primary, outside the trust, with the regional director; the first report shows the support under way.",
                notes=[("r4", 3, "A formal agreement, with the trust's name on it, is a real step.")]),
    },
    "civic.public-benefit": {
        1: dict(level=1, confidence="moderate", evidence=["public-benefit-22"],
                rationale="The public benefit statement dates from 2022 and no longer describes what the trust does.",
                notes=[("r1", 1, "Our website still describes a trust of six schools."),
                       ("r2", 2, "The annual report does some of this work; the statement itself is out of date.")]),
        2: dict(level=3, confidence="moderate", evidence=["public-benefit-25"],
                rationale="The rewritten statement was published in November, with measures the trust will report on each year.",
                notes=[("r2", 3, "Clear, short, and it commits us to report against it.")]),
    },
    "civic.community-anchor": {
        1: dict(level=2, confidence="limited", evidence=[],
                rationale="Schools open their sites to community groups; the trust has no view of its contribution as a whole.",
                notes=[]),
        2: None,  # left for the meeting to agree
    },
}

# Year 2's trustees' notes on the indicators left for the meeting.
PENDING_NOTES = {
    "education.rapid-improvement": [("r4", 3, "Hillcrest's progress review is encouraging; one term is not yet a trend."),
                                    ("r1", 2, "I would hold at Developing until the summer results.")],
    "efficiency.financial-resilience": [("r3", 3, "Reserves held at 8%; the March roll projections decide whether the plan stands."),
                                        ("r6", 2, "The capital plan's absence makes me cautious about the long term.")],
    "civic.community-anchor": [("r2", 2, "Community use of sites is growing, but we still cannot say what it adds up to."),
                               ("r5", "na", "I do not know enough about this to rate it.")],
}
PENDING_LEVEL = {"education.rapid-improvement": 2.5, "efficiency.financial-resilience": 2.6,
                 "civic.community-anchor": 2.0}

# Actions agreed in year 1, and what became of each in year 2.
ACTIONS_YEAR1 = [
    dict(domain="governance", indicator="governance.board-expertise",
         text="Commission an external review of governance and recruit for the gaps it confirms",
         owner=CHAIR, due="2026-01-31", status_year2="done"),
    dict(domain="education", indicator="education.equity-inclusion",
         text="Bring a trust-wide SEND improvement plan to the board",
         owner=DIRECTOR_EDUCATION, due="2025-07-15", status_year2="done"),
    dict(domain="education", indicator="education.behaviour-attendance",
         text="Bring persistent absence at Westgate and Marsh Lane down to the national rate",
         owner=DIRECTOR_EDUCATION, due="2025-12-31", status_year2="in-progress", due_year2="2026-07-15"),
    dict(domain="workforce", indicator="workforce.workload",
         text="Bring a workload reduction plan to the board, addressing the staff survey's three main concerns",
         owner=DIRECTOR_PEOPLE, due="2025-10-31", status_year2="done"),
    dict(domain="efficiency", indicator="efficiency.estate",
         text="Bring a three-year capital plan, prioritised against the condition survey",
         owner=CFO, due="2026-01-31", status_year2="open"),
    dict(domain="civic", indicator="civic.public-benefit",
         text="Rewrite and publish the public benefit statement",
         owner=CEO, due="2025-12-31", status_year2="done"),
]

# New in year 2, from this year's findings.
ACTIONS_YEAR2 = [
    dict(domain="governance", indicator="governance.collaboration",
         text="Set out local committees' role in trust-wide work in the scheme of delegation, as the external review recommended",
         owner=GOVERNANCE_PROFESSIONAL, due="2026-07-15"),
    dict(domain="education", indicator="education.flexible-deployment",
         text="Agree a protocol for deploying specialist teachers across schools",
         owner=DIRECTOR_EDUCATION, due="2026-09-30"),
    dict(domain="education", indicator="education.equity-inclusion",
         text="Report termly on the gap for disadvantaged pupils in the secondaries",
         owner=DIRECTOR_EDUCATION, due="2026-06-30"),
    dict(domain="workforce", indicator="workforce.career-pathways",
         text="Design career pathways for support staff across the trust's schools",
         owner=DIRECTOR_PEOPLE, due="2026-12-31"),
    dict(domain="efficiency", indicator="efficiency.curriculum-led-planning",
         text="Extend integrated curriculum and financial planning to the primaries",
         owner=CFO, due="2027-03-31"),
]

# The board's reasons, per domain, where a domain's score moved a whole level.
CHANGE_REASONS = {
    "governance": "The external review of governance, and two co-opted committee members with the expertise the skills audit asked for.",
    "education": "The SEND plan, the coaching programme and the secondary curriculum review all reached every school this year.",
    "workforce": "The workload plan and a full recruitment round for September.",
    "efficiency": "The urgent estates works were completed.",
    "civic": "A rewritten public benefit statement and a formal agreement to support a school outside the trust.",
}

# Evidence cited only for baseline standards (key -> as EVIDENCE).
EVIDENCE.update({
    "safeguarding-report-24": ("Annual safeguarding report to the board, autumn 2024", INTRANET + "2024/safeguarding", "2024-12-04", False),
    "safeguarding-report-25": ("Annual safeguarding report to the board, autumn 2025", INTRANET + "2025/safeguarding", "2025-12-03", False),
    "website-audit-25": ("School websites: statutory information audit", INTRANET + "2025/website-audit", "2025-02-14", False),
    "website-audit-26": ("School websites: statutory information audit", INTRANET + "2026/website-audit", "2026-02-13", False),
    "fire-risk-26": ("Fire risk assessments: schedule and findings", INTRANET + "2026/fire-risk", "2026-02-04", True),
    "health-safety-audit-25": ("Health and safety audit, all nine schools", INTRANET + "2025/health-safety", "2025-01-17", False),
    "health-safety-audit-26": ("Health and safety audit, all nine schools", INTRANET + "2026/health-safety", "2026-01-16", False),
    "scrutiny-summary-24": ("Internal scrutiny: annual summary report", INTRANET + "2024/scrutiny-summary", "2024-12-11", False),
    "scrutiny-summary-25": ("Internal scrutiny: annual summary report", INTRANET + "2025/scrutiny-summary", "2025-12-10", False),
})

# Per baseline standard and year: (result, the board's note, evidence keys).
# A standard left out of a year was not judged that year. 2024/25 was judged
# in full; in the 2025/26 draft two are still to be judged at the meeting.
MET = "met"
NOT_MET = "not-met"
STANDARDS = {
    "governance.safeguarding-oversight": {
        1: (MET, "The safeguarding trustee visited four schools; the annual report came to the board in December.", ["safeguarding-report-24"]),
        2: (MET, "Annual report received in December; the safeguarding trustee's visits now cover all nine schools over two years.", ["safeguarding-report-25"])},
    "governance.board-meetings": {1: (MET, "", []), 2: (MET, "", [])},
    "governance.scheme-of-delegation": {
        1: (MET, "Version 3 approved in September 2024.", ["delegation-24"]),
        2: (MET, "Reviewed against the external review; local committees' part in trust-wide work is being written in (see actions).", ["governance-review-26"])},
    "governance.members-and-trustees": {1: (MET, "", []), 2: (MET, "", [])},
    "governance.register-of-interests": {1: (MET, "", []), 2: (MET, "Published register updated for the two co-opted committee members.", [])},
    "governance.governance-information": {1: (MET, "", []), 2: (MET, "", [])},
    "governance.suitability-checks": {1: (MET, "", [])},
    "governance.data-protection": {1: (MET, "", []), 2: (MET, "One reportable breach (an email sent to the wrong parent) was reported to the ICO within 72 hours.", [])},
    "education.safeguarding": {
        1: (MET, "Every school's arrangements checked in the autumn audit.", ["safeguarding-report-24"]),
        2: (MET, "Every school's arrangements checked in the autumn audit; Hillcrest's single central record gaps from 2024 are closed.", ["safeguarding-report-25"])},
    "education.prevent-duty": {1: (MET, "", []), 2: (MET, "", [])},
    "education.curriculum-requirements": {1: (MET, "", []), 2: (MET, "", ["curriculum-review-25"])},
    "education.send-duties": {
        1: (MET, "Met, but the SEND audit found provision uneven between schools; a plan was commissioned.", ["send-audit-24"]),
        2: (MET, "", ["send-progress-26"])},
    "education.admissions": {1: (MET, "", []), 2: (MET, "", [])},
    "education.behaviour-and-exclusions": {1: (MET, "", []), 2: (MET, "", [])},
    "education.attendance-duties": {1: (MET, "", ["attendance-jan-25"]), 2: (MET, "", ["attendance-jan-26"])},
    "education.accessibility-plan": {1: (MET, "", []), 2: (MET, "Marsh Lane's plan renewed in September.", [])},
    "education.pupil-premium-statement": {1: (MET, "", []), 2: (MET, "", [])},
    "workforce.health-and-safety": {1: (MET, "", ["health-safety-audit-25"]), 2: (MET, "", ["health-safety-audit-26"])},
    "workforce.safer-recruitment": {1: (MET, "", []), 2: (MET, "", [])},
    "workforce.pay-and-appraisal": {1: (MET, "", []), 2: (MET, "", [])},
    "workforce.early-career-induction": {1: (MET, "", []), 2: (MET, "", [])},
    "workforce.whistleblowing": {1: (MET, "", []), 2: (MET, "Two concerns raised this year, both investigated and reported to the audit and risk committee.", [])},
    "workforce.gender-pay-gap": {1: (MET, "", []), 2: (MET, "", [])},
    "efficiency.accounts-published": {1: (MET, "", ["accounts-24"]), 2: (MET, "", ["accounts-25"])},
    "efficiency.accounting-officer": {1: (MET, "", []), 2: (MET, "", [])},
    "efficiency.balanced-budget": {
        1: (MET, "", ["budget-plan-24"]),
        2: (MET, "Balanced only by drawing on reserves; the board asked for a recovery plan in the budget for 2026/27.", ["budget-plan-25"])},
    "efficiency.management-accounts": {1: (MET, "", []), 2: (MET, "", [])},
    "efficiency.audit-and-risk-committee": {1: (MET, "", []), 2: (MET, "", [])},
    "efficiency.internal-scrutiny": {1: (MET, "", ["scrutiny-summary-24"]), 2: (MET, "", ["scrutiny-summary-25"])},
    "efficiency.risk-register": {1: (MET, "", ["risk-register-jan-25"]), 2: (MET, "", ["risk-register-jan-26"])},
    "efficiency.executive-pay": {1: (MET, "", []), 2: (MET, "", [])},
    "efficiency.estate-safety": {
        1: (MET, "", ["condition-survey-24"]),
        2: (NOT_MET, "Marsh Lane's and Westgate's fire risk assessments fell overdue in the autumn while the assessor's contract was re-let; both are booked for March.", ["fire-risk-26"])},
    "civic.equality-duty": {1: (MET, "", []), 2: (MET, "", [])},
    "civic.public-benefit-report": {1: (MET, "", ["public-benefit-22"]), 2: (MET, "", ["public-benefit-25"])},
    "civic.complaints": {1: (MET, "", [])},
    "civic.freedom-of-information": {1: (MET, "", []), 2: (MET, "", [])},
    "civic.published-information": {
        1: (NOT_MET, "Three school websites lacked an up-to-date curriculum statement and the latest results; the heads were asked to put them right by Easter.", ["website-audit-25"]),
        2: (MET, "The February audit found every school's website complete.", ["website-audit-26"])},
}

# Actions the board agreed about a standard it found not met (year -> list),
# named by the standard's full id in `indicator`.
STANDARD_ACTIONS = {
    1: [dict(domain="civic", indicator="civic.published-information",
             text="Bring every school's website up to the published-information requirements",
             owner=GOVERNANCE_PROFESSIONAL, due="2025-04-11", status_year2="done")],
    2: [dict(domain="efficiency", indicator="efficiency.estate-safety",
             text="Complete the overdue fire risk assessments and report the findings to the audit and risk committee",
             owner=CFO, due="2026-04-30")],
}

# Per measure: the trust's own target where it sets one (min, max), and per
# year (value, as-of date, source, note). Values describe the year before the
# meeting: finance from the audited accounts, results from the summer, the
# rest from the autumn term's dashboards.
MEASURE_TARGETS = {
    "governance.board-attendance": (85, None),
    "education.attendance": (95, None),
    "education.persistent-absence": (None, 15),
    "workforce.teacher-turnover": (None, 12),
    "workforce.sickness-absence": (None, 6),
    "efficiency.reserves": (5, 12),
    "efficiency.in-year-balance": (0, None),
    "efficiency.staff-costs": (None, 80),
}
MEASURES = {
    "governance.board-attendance": {1: (84, "2025-02-28", "Governance professional's attendance record", ""), 2: (91, "2026-02-28", "Governance professional's attendance record", "")},
    "governance.trustee-vacancies": {1: (2, "2025-02-28", "Register of trustees", "Two places left open while the skills audit was completed."), 2: (0, "2026-02-28", "Register of trustees", "")},
    "education.good-or-better": {1: (78, "2025-02-28", "Ofsted reports, latest inspection of each school", "Seven of nine schools."), 2: (89, "2026-02-28", "Ofsted reports, latest inspection of each school", "Eight of nine: Hillcrest was judged good in October.")},
    "education.attendance": {1: (92.6, "2024-12-20", "Attendance dashboard, autumn term 2024", ""), 2: (93.4, "2025-12-19", "Attendance dashboard, autumn term 2025", "")},
    "education.persistent-absence": {1: (21.4, "2024-12-20", "Attendance dashboard, autumn term 2024", "Westgate and Marsh Lane account for half of it."), 2: (18.2, "2025-12-19", "Attendance dashboard, autumn term 2025", "")},
    "education.suspensions": {1: (4.1, "2024-08-31", "Exclusions return, 2023/24", ""), 2: (3.6, "2025-08-31", "Exclusions return, 2024/25", "")},
    "education.permanent-exclusions": {1: (0.06, "2024-08-31", "Exclusions return, 2023/24", "Three pupils."), 2: (0.04, "2025-08-31", "Exclusions return, 2024/25", "Two pupils.")},
    "education.ks2-expected-standard": {1: (58, "2024-12-10", "Validated pupil outcomes, summer 2024", ""), 2: (61, "2025-12-09", "Validated pupil outcomes, summer 2025", "")},
    "education.ks2-expected-disadvantaged": {1: (44, "2024-12-10", "Validated pupil outcomes, summer 2024", ""), 2: (47, "2025-12-09", "Validated pupil outcomes, summer 2025", "")},
    "education.ks4-english-maths": {1: (63, "2024-12-10", "Validated pupil outcomes, summer 2024", ""), 2: (62, "2025-12-09", "Validated pupil outcomes, summer 2025", "Down a point; the secondary curriculum review explains where.")},
    "education.pd-take-up": {1: (71, "2024-12-20", "Professional development records", ""), 2: (86, "2025-12-19", "Professional development records", "Instructional coaching reached every school.")},
    "education.staff-moves-to-disadvantage": {1: (40, "2024-08-31", "HR moves log, 2023/24", "Five moves, two of them to a more disadvantaged school."), 2: (55, "2025-08-31", "HR moves log, 2024/25", "Eleven moves, six of them to a more disadvantaged school.")},
    "workforce.teacher-turnover": {1: (13.5, "2024-08-31", "Recruitment and retention report", ""), 2: (11.2, "2025-08-31", "Recruitment and retention report", "")},
    "workforce.teacher-vacancies": {1: (1.8, "2024-11-01", "Recruitment and retention report", ""), 2: (0.9, "2025-11-01", "Recruitment and retention report", "")},
    "workforce.support-staff-turnover": {1: (17.0, "2024-08-31", "Recruitment and retention report", ""), 2: (18.4, "2025-08-31", "Recruitment and retention report", "Teaching assistants leaving for better-paid work; see the career pathways action.")},
    "workforce.sickness-absence": {1: (7.2, "2024-08-31", "Staff absence and casework summary", ""), 2: (6.1, "2025-08-31", "Staff absence and casework summary", "")},
    "workforce.staff-survey": {1: (68, "2024-11-30", "Staff survey, November 2024", ""), 2: (74, "2025-11-30", "Staff survey, November 2025", "")},
    "workforce.trainee-teachers": {1: (14, "2024-08-31", "Initial teacher training partnership report", ""), 2: (19, "2025-08-31", "Initial teacher training partnership report", "")},
    "efficiency.reserves": {1: (6.1, "2024-08-31", "Audited accounts 2023/24", ""), 2: (5.2, "2025-08-31", "Audited accounts 2024/25", "Falling towards the bottom of the trust's range as reserves cover the in-year deficit.")},
    "efficiency.in-year-balance": {1: (0.4, "2024-08-31", "Audited accounts 2023/24", ""), 2: (-0.9, "2025-08-31", "Audited accounts 2024/25", "The unfunded part of the 2024 pay award and the emergency roof works at Marsh Lane.")},
    "efficiency.staff-costs": {1: (78.5, "2024-08-31", "Audited accounts 2023/24", ""), 2: (79.8, "2025-08-31", "Audited accounts 2024/25", "")},
    "efficiency.supply-agency-spend": {1: (6.2, "2024-08-31", "Audited accounts 2023/24", ""), 2: (4.1, "2025-08-31", "Audited accounts 2024/25", "")},
    "efficiency.overdue-scrutiny-actions": {1: (3, "2024-12-11", "Internal scrutiny: annual summary report", ""), 2: (1, "2025-12-10", "Internal scrutiny: annual summary report", "")},
    "civic.schools-supported": {1: (0, "2025-02-28", "CEO's termly report", ""), 2: (1, "2026-02-28", "CEO's termly report", "Seaview Primary, under a formal agreement.")},
    "civic.sustained-destinations": {1: (92, "2024-10-31", "Destination measures, 2022 leavers", ""), 2: (93, "2025-10-31", "Destination measures, 2023 leavers", "")},
    "civic.enrichment": {1: (64, "2025-02-07", "Enrichment and personal development audit", ""), 2: (72, "2026-02-06", "Enrichment and personal development audit", "")},
    "civic.foi-on-time": {1: (88, "2025-02-28", "Freedom of information log", "Two of seventeen requests answered late, both in August."), 2: (100, "2026-02-28", "Freedom of information log", "")},
}
