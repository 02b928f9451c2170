#!/usr/bin/env python3
"""The text rules on 672 published report texts whose findings were judged by hand.

  tests/probes_test.py PLANCHECK [--update]

tests/probes/reports/*.txt are excerpts of real published progress reports and work
summaries (from the search tools' page store), read by nine rounds of probing
(tests/probes/reports9-log.md, reports11-log.md, reports12-log.md, reports13-log.md, reports14-log.md, reports15-log.md, reports16-log.md, reports17-log.md, reports18-log.md, reports19-log.md: each finding judged right or wrong, each
mask missed noted). expected.json holds the text rules' findings on each, as of the last
review: every one judged right except those listed under "known_wrong". Each text is read as
a unit hands it in (`import-report`), then checked under a plan of no tasks, and the
findings of the text rules are compared with expected.json.

A difference is not always a regression: a change that removes a known wrong finding or
finds a missed mask is progress. Read the difference, judge each finding that comes or goes
against the text, and run with --update to record the new findings (and edit known_wrong).
CTest runs it (label probes).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(HERE, "probes", "reports")
EXPECTED = os.path.join(DOCS, "expected.json")
TEXT_RULES = ("placeholder-figure", "masked-word", "duplicate-passage", "conflicting-figures", "metric-text-agrees")
PLAN = ('<?xml version="1.0" encoding="UTF-8"?>\n<plan xmlns="urn:plancheck:plan:1" id="对照方案" '
        'issued="2020-01-01"><title>对照方案</title><budget required="false"/></plan>\n')
AS_OF = "2025-12-31"


def findings(plancheck):
    """{text file name: ["rule L<line>: message", ...]} for every probe text."""
    env = dict(os.environ, PLANCHECK_HOME=ROOT)
    names = sorted(n for n in os.listdir(DOCS) if n.endswith(".txt"))
    found = {}
    with tempfile.TemporaryDirectory() as work:
        plan = os.path.join(work, "plan.xml")
        with open(plan, "w", encoding="utf-8") as f:
            f.write(PLAN)
        reports = os.path.join(work, "reports")
        os.mkdir(reports)
        for name in names:
            out = os.path.join(reports, name[:-4] + ".xml")
            run = subprocess.run([plancheck, "import-report", os.path.join(DOCS, name), "--plan", "对照方案",
                                  "--unit", "某单位", "--submitted", AS_OF, "-o", out],
                                 env=env, capture_output=True, text=True)
            found[name] = [] if run.returncode == 0 else ["import-report exit %d" % run.returncode]
        run = subprocess.run([plancheck, "check", "--no-config", "--plan", plan, "--format", "json", "--fail-on", "never",
                              "--as-of", AS_OF, reports], env=env, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("check exited %d: %s" % (run.returncode, run.stderr[:500]))
        for f in json.loads(run.stdout).get("findings") or []:
            if f.get("rule") in TEXT_RULES:
                name = os.path.basename(f["file"])[:-4] + ".txt"
                found[name].append("%s L%s: %s" % (f["rule"], f.get("line"), f["message"]))
    return found


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    found = findings(sys.argv[1])
    if "--update" in sys.argv:
        known_wrong = {}
        if os.path.exists(EXPECTED):
            with open(EXPECTED, encoding="utf-8") as f:
                known_wrong = json.load(f).get("known_wrong", {})
        with open(EXPECTED, "w", encoding="utf-8") as f:
            json.dump({"known_wrong": known_wrong, "findings": found}, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("recorded %d findings on %d texts" % (sum(map(len, found.values())), len(found)))
        return
    with open(EXPECTED, encoding="utf-8") as f:
        expected = json.load(f)["findings"]
    differ = 0
    for name in sorted(set(found) | set(expected)):
        now, then = found.get(name, []), expected.get(name, [])
        gone = [x for x in then if x not in now]
        new = [x for x in now if x not in then]
        if gone or new:
            differ += 1
            print(name)
            for x in gone:
                print("  - " + x)
            for x in new:
                print("  + " + x)
    total = sum(map(len, found.values()))
    if differ:
        print("%d of %d texts differ from tests/probes/reports/expected.json (%d findings now): judge each "
              "finding against its text, then tests/probes_test.py PLANCHECK --update" % (differ, len(found), total))
        sys.exit(1)
    print("%d texts, %d findings, as judged" % (len(found), total))


if __name__ == "__main__":
    main()
