#!/usr/bin/env python3
"""Writes the sample workbook's documents (resources/samples/*.json) from the
story in sample_story.py: Oakfield Learning Trust, six trustees, two periods.
The words (notes, rationales, evidence, actions) are the story's own; only the
levels of trustees who left no note are drawn, deterministically, near the
board's agreed level. Run from the repository root after changing the story or
the built-in framework, and commit the result:

    python3 scripts/make-sample.py

File ▸ Open the Sample Workbook (src/app/SampleWorkbook.cpp) imports the first
period, starts the second from it (so that its open actions are carried
forward, linked to the actions they continue) and imports the second.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sample_story as story  # noqa: E402

fw = json.load(open("resources/frameworks/cst-strong-trust.json"))
levels = [l["value"] for l in fw["scale"]["levels"]]
rng = random.Random(2026)


def check_floor_and_numbers():
    """Every standard and measure of the framework is in the story, every
    evidence item of a standard is dated before its meeting, and a standard
    not met has a note and an action."""
    standards = {d["id"] + "." + s["id"] for d in fw["domains"] for s in d.get("standards", [])}
    measures = {d["id"] + "." + m["id"] for d in fw["domains"] for m in d.get("measures", [])}
    problems = sorted(standards ^ set(story.STANDARDS)) + sorted(measures ^ set(story.MEASURES))
    acted = {a["indicator"] for year in story.STANDARD_ACTIONS.values() for a in year}
    for sid, years in story.STANDARDS.items():
        for year, (result, note, keys) in years.items():
            meeting = story.YEARS[year]["meeting"]
            problems += [f"{sid} {year}: {k} is dated after the meeting" for k in keys
                         if story.EVIDENCE[k][2] >= meeting]
            if result == "not-met" and (not note or sid not in acted):
                problems.append(f"{sid} {year}: not met without a note and an action")
    for mid, years in story.MEASURES.items():
        problems += [f"{mid}: not told for year {y}" for y in (1, 2) if y not in years]
    if problems:
        sys.exit("make-sample.py: " + "; ".join(problems))


def check_story():
    """The story must fit the framework and its own rules: every indicator
    told for both years, evidence dated before its meeting, no 'strong'
    confidence without two pieces of evidence, no note repeated."""
    ids = [d["id"] + "." + i["id"] for d in fw["domains"] for i in d["indicators"]]
    problems = [i for i in ids if i not in story.INDICATORS]
    problems += [i for i in story.INDICATORS if i not in ids]
    seen = set()
    for ind, years in story.INDICATORS.items():
        for year, told in years.items():
            meeting = story.YEARS[year]["meeting"]
            notes = story.PENDING_NOTES.get(ind, []) if told is None else told["notes"]
            for _, _, note in notes:
                if note in seen:
                    problems.append("note repeated: " + note)
                seen.add(note)
            if told is None:
                continue
            for key in told["evidence"]:
                if story.EVIDENCE[key][2] >= meeting:
                    problems.append("%s: evidence %s dated after the meeting" % (ind, key))
            if told["confidence"] == "strong" and len(told["evidence"]) < 2:
                problems.append("%s %d: strong confidence on less than two pieces of evidence" % (ind, year))
            if told["rationale"] in seen:
                problems.append("rationale repeated: " + told["rationale"])
            seen.add(told["rationale"])
    if problems:
        sys.exit("\n".join(problems))


def drawn_level(centre):
    """A trustee's level near the board's: mostly the same, sometimes one
    either side, now and then two."""
    roll = rng.random()
    offset = 0 if roll < 0.58 else (1 if roll < 0.77 else (-1 if roll < 0.96 else rng.choice([-2, 2])))
    return max(levels[0], min(levels[-1], round(centre) + offset))


def ratings_for(ind, centre, notes):
    by_rater = {r: (level, note) for r, level, note in notes}
    out = []
    for r in story.RATERS:
        entry = {"rater": r["id"], "indicator": ind}
        if r["id"] in by_rater:
            level, note = by_rater[r["id"]]
            entry["level"] = level
            entry["note"] = note
        else:
            entry["level"] = drawn_level(centre)
        out.append(entry)
    return out


def evidence_item(key):
    title, ref, date, confidential = story.EVIDENCE[key]
    item = {"title": title, "ref": ref, "date": date}
    if confidential:
        item["confidential"] = True
    return item


def scores(ratings, consensus):
    """Each domain's score as strongtrust computes it: the agreed level, or
    the trustees' mean where nothing is agreed yet."""
    agreed = {c["indicator"]: c["level"] for c in consensus if "level" in c}
    out = {}
    for d in fw["domains"]:
        values = []
        for i in d["indicators"]:
            ind = d["id"] + "." + i["id"]
            if ind in agreed:
                values.append(agreed[ind])
                continue
            given = [r["level"] for r in ratings if r["indicator"] == ind and r["level"] != "na"]
            if given:
                values.append(sum(given) / len(given))
        out[d["id"]] = sum(values) / len(values) if values else None
    return out


def nearest(score, lower_on_tie):
    best = None
    for index, value in enumerate(levels):
        distance = abs(score - value)
        if best is None or distance < best[0] or (distance == best[0] and not lower_on_tie):
            best = (distance, index)
    return best[1]


def floor_and_numbers(year):
    """The year's baseline standards and measures, in framework order."""
    standards, measures = [], []
    for d in fw["domains"]:
        for st in d.get("standards", []):
            told = story.STANDARDS[d["id"] + "." + st["id"]].get(year)
            if told is None:
                continue
            result, note, keys = told
            entry = {"standard": d["id"] + "." + st["id"], "result": result}
            if note:
                entry["note"] = note
            if keys:
                entry["evidence"] = [evidence_item(k) for k in keys]
            standards.append(entry)
        for m in d.get("measures", []):
            full = d["id"] + "." + m["id"]
            value, as_of, source, note = story.MEASURES[full][year]
            entry = {"measure": full, "value": value, "asOf": as_of, "source": source}
            if note:
                entry["note"] = note
            if full in story.MEASURE_TARGETS:
                low, high = story.MEASURE_TARGETS[full]
                entry["target"] = {k: v for k, v in (("min", low), ("max", high)) if v is not None}
            measures.append(entry)
    return standards, measures


def document(year, previous_scores):
    told_year = story.YEARS[year]
    ratings, consensus = [], []
    for d in fw["domains"]:
        for i in d["indicators"]:
            ind = d["id"] + "." + i["id"]
            told = story.INDICATORS[ind][year]
            if told is None:
                ratings += ratings_for(ind, story.PENDING_LEVEL[ind], story.PENDING_NOTES.get(ind, []))
                continue
            ratings += ratings_for(ind, told["level"], told["notes"])
            consensus.append({"indicator": ind, "level": told["level"], "rationale": told["rationale"],
                              "confidence": told["confidence"],
                              "evidence": [evidence_item(k) for k in told["evidence"]]})
    actions = []
    for a in story.ACTIONS_YEAR1:
        entry = {"domain": a["domain"], "indicator": a["indicator"], "text": a["text"], "owner": a["owner"]}
        if year == 1:
            entry.update(due=a["due"], status="open")
        else:
            entry.update(due=a.get("due_year2", a["due"]), status=a["status_year2"])
        actions.append(entry)
    for a in story.STANDARD_ACTIONS[1]:
        entry = {"domain": a["domain"], "indicator": a["indicator"], "text": a["text"], "owner": a["owner"],
                 "due": a["due"], "status": "open" if year == 1 else a["status_year2"]}
        actions.append(entry)
    if year == 2:
        for a in story.ACTIONS_YEAR2 + story.STANDARD_ACTIONS[2]:
            actions.append(dict(a, status="open"))
    standards, measures = floor_and_numbers(year)
    out = {"format": "strongtrust-assessment", "formatVersion": 2, "trust": {"name": story.TRUST},
           "framework": {"id": fw["id"], "version": fw["version"]}, "period": told_year["period"],
           "title": "Annual board self-assessment", "meetingDate": told_year["meeting"],
           "raters": story.RATERS, "ratings": ratings, "consensus": consensus, "actions": actions,
           "standards": standards, "measures": measures}
    now = scores(ratings, consensus)
    if previous_scores:
        reasons = []
        for d in fw["domains"]:
            before, after = previous_scores[d["id"]], now[d["id"]]
            if before is None or after is None:
                continue
            if any(nearest(before, t) != nearest(after, t) for t in (True, False)):
                reasons.append({"domain": d["id"], "reason": story.CHANGE_REASONS[d["id"]]})
        if reasons:
            out["changeReasons"] = reasons
    if "signOff" in told_year:
        out["signOff"] = told_year["signOff"]
    return out, now


check_story()
check_floor_and_numbers()
first, first_scores = document(1, None)
second, _ = document(2, first_scores)
for name, doc in (("oakfield-2024-25.json", first), ("oakfield-2025-26.json", second)):
    with open("resources/samples/" + name, "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
