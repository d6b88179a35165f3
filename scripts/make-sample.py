#!/usr/bin/env python3
"""Writes the sample workbook's documents (resources/samples/*.json): a
fictional trust, Oakfield Learning Trust, with six trustees and two periods of
ratings, notes, consensus, evidence and actions. Deterministic; re-run after
changing the built-in framework and commit the result."""
import json
import random

fw = json.load(open("resources/frameworks/cst-strong-trust.json"))
rng = random.Random(2026)
trust = "Oakfield Learning Trust"
raters = [
    {"id": "r1", "name": "Margaret Osei", "role": "Chair"},
    {"id": "r2", "name": "David Hughes", "role": "Vice-chair"},
    {"id": "r3", "name": "Priya Raman", "role": "Chair of audit and risk"},
    {"id": "r4", "name": "Tom Whitfield"},
    {"id": "r5", "name": "Aisha Bello"},
    {"id": "r6", "name": "Gareth Lloyd"},
]
notes = {
    "governance": ["Minutes show real challenge on the outcomes of the two coastal schools.",
                   "Scheme of delegation is clear but local committees are unsure of their role.",
                   "Skills audit found gaps in HR and estates expertise.",
                   "We intervened promptly at Westgate; less so at Hillcrest."],
    "education": ["Phonics outcomes up in four of six primaries.",
                  "Curriculum leads meet termly, but secondary sequencing is uneven.",
                  "Persistent absence still above national at two schools.",
                  "SEND reviews show better provision maps but slow EHCP turnaround."],
    "workforce": ["Staff survey: workload is the top concern for the second year.",
                  "Retention of early-career teachers improved after the mentoring programme.",
                  "Support staff have no clear route to progression yet.",
                  "Wellbeing offer is good on paper; take-up is low."],
    "efficiency": ["Central services cost 5.2% of GAG; schools report good value from HR and finance.",
                   "Reserves are healthy but the three-year plan relies on rising rolls.",
                   "Curriculum-led planning is used in secondaries, not yet in primaries.",
                   "Estates condition survey done; the capital plan is not yet prioritised."],
    "civic": ["We lead the local attendance partnership with the council.",
              "Two of our heads support schools outside the trust.",
              "Public benefit statement is out of date.",
              "Strong links with the FE college and local employers."],
}
rationales = [
    "The board agreed this level after reviewing the termly report and the evidence below.",
    "Most trustees saw strong practice in most schools, with one school still behind.",
    "Agreed on the evidence of the external review; the board wants to see it sustained.",
    "The board judged the approach sound but not yet consistent across the trust.",
]
evidence = {
    "governance": ["Board minutes", "External review of governance", "Skills audit"],
    "education": ["School improvement review", "Curriculum deep dive", "Attendance dashboard"],
    "workforce": ["Staff survey", "People strategy", "Recruitment and retention report"],
    "efficiency": ["Management accounts", "Three-year budget plan", "Estates condition survey"],
    "civic": ["Public benefit statement", "Local partnership minutes", "Annual report"],
}

def doc(period, year, truth, final):
    ratings, consensus = [], []
    for d in fw["domains"]:
        for ind in d["indicators"]:
            full = d["id"] + "." + ind["id"]
            t = truth[full]
            for r in raters:
                roll = rng.random()
                entry = {"rater": r["id"], "indicator": full}
                if roll < 0.02:
                    entry["level"] = "na"
                else:
                    entry["level"] = max(1, min(4, round(t + rng.gauss(0, 0.6))))
                if roll > 0.88:
                    entry["note"] = rng.choice(notes[d["id"]])
                ratings.append(entry)
            c = {"indicator": full, "level": max(1, min(4, round(t))),
                 "rationale": rng.choice(rationales),
                 "confidence": rng.choice(["limited", "moderate", "moderate", "strong"])}
            if rng.random() < 0.6:
                month = rng.randint(1, 12)
                c["evidence"] = [{"title": rng.choice(evidence[d["id"]]),
                                  "ref": "https://intranet.oakfield.example/board/%d/%s" % (year, ind["id"]),
                                  "date": "%d-%02d-%02d" % (year if month > 8 else year + 1, month, rng.randint(1, 28))}]
            consensus.append(c)
    weakest = sorted(truth.items(), key=lambda kv: kv[1])[:5]
    actions = []
    owners = ["Margaret Osei", "CEO", "Priya Raman", "Director of Education", "Clerk"]
    for k, (full, _) in enumerate(weakest):
        dom, ind = full.split(".")
        text = {"governance": "Refresh the skills audit and recruit for the gaps it finds",
                "education": "Agree a trust-wide plan for the schools furthest behind",
                "workforce": "Bring a workload reduction plan to the board",
                "efficiency": "Prioritise the capital plan against the condition survey",
                "civic": "Rewrite and publish the public benefit statement"}[dom]
        actions.append({"domain": dom, "indicator": full, "text": "%s (%s)" % (text, ind.replace("-", " ")),
                        "owner": owners[k % len(owners)], "due": "%d-07-15" % (year + 1),
                        "status": "done" if final else "open"})
    out = {"format": "strongtrust-assessment", "formatVersion": 1, "trust": {"name": trust},
           "framework": {"id": fw["id"], "version": fw["version"]}, "period": period,
           "title": "Annual board self-assessment", "meetingDate": "%d-03-12" % (year + 1),
           "raters": raters, "ratings": ratings, "consensus": consensus, "actions": actions}
    if final:
        out["signOff"] = {"chair": "Margaret Osei", "date": "%d-03-19" % (year + 1), "minuteRef": "BM/%d/03/4" % (year + 1)}
    return out

truth = {}
for d in fw["domains"]:
    for ind in d["indicators"]:
        truth[d["id"] + "." + ind["id"]] = rng.uniform(1.4, 3.4)
first = doc("2024/25", 2024, truth, True)
truth = {k: min(4, v + rng.uniform(-0.2, 0.7)) for k, v in truth.items()}
second = doc("2025/26", 2025, truth, False)
for name, d in (("oakfield-2024-25.json", first), ("oakfield-2025-26.json", second)):
    with open("resources/samples/" + name, "w") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")
