#!/usr/bin/env python3
"""The benchmark's hand-written peer: the seven rules of bench/gen_corpus.py's Schematron
(lead-unit-named, lead-unit-matches, deadline-stated, deadline-overdue, budget-included,
task-known, task-coverage) in plain Python, standard library only (xml.etree), reading the
plan at run time as plancheck does. What a careful person would write instead of plancheck.

  bench/peer.py PLAN.xml AS_OF REPORT.xml...   # one line per finding: file<TAB>task<TAB>rule

Semantics are the Schematron's, so that bench/run can check all three tools find exactly the
injected defects: names are compared after XPath's normalize-space (ASCII white space), a
blank lead is white space including U+3000, a deadline is stated unless empty or open-ended.
"""
import os
import sys
import xml.etree.ElementTree as ET

PLAN = "{urn:plancheck:plan:1}"
REPORT = "{urn:plancheck:report:1}"
OPEN_WORDING = {"持续推进", "长期坚持", "即日起"}


def norm(text):
    """XPath 1.0 normalize-space: ASCII white space collapsed and trimmed (not U+3000)."""
    if not text:
        return ""
    for c in "\t\r\n":
        text = text.replace(c, " ")
    return " ".join(p for p in text.split(" ") if p)


def blank(text):
    return norm((text or "").replace("\u3000", " ")) == ""


def read_plan(path):
    root = ET.parse(path).getroot()
    collective = {u.get("name") for u in root.iter(PLAN + "unit") if u.get("collective") == "true"}
    aliases = {u.get("name"): [a.text for a in u.findall(PLAN + "alias")] for u in root.iter(PLAN + "unit")}
    tasks = {}
    for t in root.iter(PLAN + "task"):
        leads = [e.text for e in t.findall(PLAN + "lead")]
        responsible = [e.text for e in t.findall(PLAN + "responsible") if e.text not in collective]
        accepted = set()
        for name in leads or responsible:
            accepted.add(name)
            accepted.update(aliases.get(name, []))
        deadline = t.find(PLAN + "deadline")
        tasks[t.get("id")] = {"accepted": accepted, "units": set(leads) | set(responsible),
                              "deadline": deadline.text.strip() if deadline is not None else None}
    units = [u.get("name") for u in root.iter(PLAN + "unit") if u.get("name") not in collective]
    coverage = {u: [i for i, t in tasks.items() if u in t["units"]] for u in units}
    return tasks, coverage


def check(path, tasks, coverage, as_of, out):
    root = ET.parse(path).getroot()
    name = os.path.basename(path)
    refs = set()
    for task in root.iter(REPORT + "task"):
        ref = task.get("ref")
        refs.add(ref)
        plan_task = tasks.get(ref)
        leads = task.findall(REPORT + "lead")
        if not any(not blank(lead.text) for lead in leads):
            out.append((name, ref, "lead-unit-named"))
        if plan_task is None:
            out.append((name, ref, "task-known"))
        else:
            for lead in leads:
                if not blank(lead.text) and norm(lead.text) not in plan_task["accepted"]:
                    out.append((name, ref, "lead-unit-matches"))
            if plan_task["deadline"]:
                stated = any(norm(d.text) != "" and norm(d.text) not in OPEN_WORDING
                             for d in task.findall(REPORT + "deadline"))
                if not stated:
                    out.append((name, ref, "deadline-stated"))
                if plan_task["deadline"] < as_of and task.get("status") != "done":
                    out.append((name, ref, "deadline-overdue"))
        if not any(b.get("included") in ("true", "1") and norm(b.get("source")) != ""
                   for b in task.findall(REPORT + "budget")):
            out.append((name, ref, "budget-included"))
    unit = norm(root.get("unit"))
    for task_id in coverage.get(unit, []):
        if task_id not in refs:
            out.append((name, task_id, "task-coverage"))


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    tasks, coverage = read_plan(sys.argv[1])
    as_of = sys.argv[2]
    findings = []
    for path in sys.argv[3:]:
        check(path, tasks, coverage, as_of, findings)
    sys.stdout.write("".join(f"{f}\t{t}\t{r}\n" for f, t, r in findings))


if __name__ == "__main__":
    main()
