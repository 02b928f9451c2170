#!/usr/bin/env python3
"""Score `plancheck import-plan` on the office files of files/manifest.json (word18).

  score_word.py PLANCHECK [heldout|dev|all] [-v] [--reports] [FILTER...]

Facts as the corpus's `score` counts them (its own functions: normalisation, aliases, optional facts).
heldout: the 5 files chosen at 11:20:31 UTC (word18-log.md); dev: every file of the other plans.
"""
import importlib.machinery
import importlib.util
import json
import re
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/corpus/score"
HELDOUT = ["10-guobanhan-2014-trad.office.docx", "16-sanxiang-zhidu-2018.lo.docx", "21-rongzi-danbao-2019.lo.docx",
           "25-xiangxi-fangguanfu-2020-trad.office.pdf", "01-zongbaoqu-2019.office.docx"]
HELDOUT_PLANS = {"01-zongbaoqu-2019", "10-guobanhan-2014-trad", "16-sanxiang-zhidu-2018", "21-rongzi-danbao-2019",
                 "25-xiangxi-fangguanfu-2020-trad"}


def load_score():
    loader = importlib.machinery.SourceFileLoader("corpus_score", SCORE)
    spec = importlib.util.spec_from_loader("corpus_score", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


REPORT_HELDOUT = ["02-sichuan-banli-2004.injected.office.docx", "14-jiading-fazhi-2022.office.docx",
                  "02-sichuan-banli-2004.injected.office.pdf", "10-keji-jieshui-2005.injected.office.docx"]
REPORT_HELDOUT_TEXTS = ("02-sichuan-banli-2004", "14-jiading-fazhi-2022", "10-keji-jieshui-2005")


def score_reports(sc, binary, which, verbose, filters):
    """Each office report's text-rule findings (rule + message, places aside) against its .txt's: those were
    judged (corpus `score reports`: P 1.00 R 1.00), so a finding the .txt gets is expected, any other is wrong."""
    spec = json.load(open("/work/shared/corpus/reports/judgements.json", encoding="utf-8"))
    man = json.load(open("/work/shared/corpus/reports/injected/manifest.json", encoding="utf-8"))
    meta = {r["file"]: r for r in spec["reports"]}
    for r in man["reports"]:
        meta.setdefault(r["file"], r)
        meta[r["file"]] = dict(meta.get(r["copy_of"], {}), **r)
    manifest = json.load(open(os.path.join(HERE, "files", "reports", "manifest.json"), encoding="utf-8"))
    tp = ne = ng = 0
    for f, m in sorted(manifest.items()):
        held = f in REPORT_HELDOUT
        if which == "heldout" and not held:
            continue
        if which == "dev" and any(f.startswith(t) for t in REPORT_HELDOUT_TEXTS):
            continue
        if filters and not any(x in f for x in filters):
            continue
        src = os.path.join("/work/shared/corpus", m["report"])
        key = m["report"].split("/", 1)[1] if m["report"].startswith("reports/") else m["report"]
        r = meta.get(key) or meta.get(os.path.basename(src))
        exp, _ = sc.check_report(binary, src, r["unit"], r["submitted"], spec["plan_id"], spec["plan_issued"], None, f)
        got, why = sc.check_report(binary, os.path.join(HERE, "files", "reports", f), r["unit"], r["submitted"],
                                   spec["plan_id"], spec["plan_issued"], None, f)
        # places aside: a message that cites the paragraph a passage repeats (第16行起的段落) counts
        # paragraphs, which a PDF's layout joins otherwise than the text's lines
        sig = lambda x: (x.get("rule"), re.sub(r"第\d+(行|段)", r"第N\1", sc.squash(x.get("message", ""))))
        e = sorted(sig(x) for x in exp)
        g = sorted(sig(x) for x in got)
        rest = list(g)
        hit = 0
        for x in e:
            if x in rest:
                rest.remove(x)
                hit += 1
        missing = list(e)
        for x in g:
            if x in missing:
                missing.remove(x)
        tp, ne, ng = tp + hit, ne + len(e), ng + len(g)
        print(f"{'OK ' if hit == len(e) == len(g) else '-- '}{f}: findings {hit}/{len(e)}" +
              (f" (+{len(g) - hit})" if len(g) > hit else "") + (f"; {why}" if why else ""))
        if verbose:
            for x in missing:
                print("    missing", x)
            for x in rest:
                print("    extra  ", x)
    print("reports: findings %d/%d found, %d wrong; P %.2f R %.2f F1 %.2f" % ((tp, ne, ng - tp) + sc.prf(tp, ne, ng)))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    binary = os.path.abspath(args[0])
    which = args[1] if len(args) > 1 else "all"
    filters = args[2:]
    os.environ.setdefault("PLANCHECK_HOME", os.path.abspath(os.path.join(HERE, "..", "..", "..")))
    sc = load_score()
    if "--reports" in sys.argv:
        return score_reports(sc, binary, which, verbose, filters)
    spec = {p["name"]: p for p in json.load(open("/work/shared/corpus/plans/expected.json", encoding="utf-8"))["plans"]}
    manifest = json.load(open(os.path.join(HERE, "files", "manifest.json"), encoding="utf-8"))
    tot = {c: [0, 0, 0] for c in sc.CATS}
    for f, m in sorted(manifest.items()):
        if which == "heldout" and f not in HELDOUT:
            continue
        if which == "dev" and m["plan"] in HELDOUT_PLANS:
            continue
        if filters and not any(x in f for x in filters):
            continue
        p = spec[m["plan"]]
        exp, aliases, optional = sc.facts_from_spec(p)
        rc, data, err, dt = sc.import_plan(binary, os.path.join(HERE, "files", f), None, f)
        got = set()
        if data.strip():
            try:
                got = sc.facts_from_xml(ET.fromstring(data), p["name"], aliases)
            except ET.ParseError:
                pass
        e_f = {x for x in exp if (x[0], x[1], x[2]) not in optional}
        g_f = {x for x in got if (x[0], x[1], x[2]) not in optional}
        cells = []
        for c in sc.CATS:
            e = {x for x in e_f if x[0] == c}
            g = {x for x in g_f if x[0] == c}
            tp = len(e & g)
            for i, v in enumerate((tp, len(e), len(g))):
                tot[c][i] += v
            if e or g:
                cells.append(f"{c} {tp}/{len(e)}" + (f" (+{len(g) - tp})" if len(g) > tp else ""))
        ok = e_f == g_f
        print(f"{'OK ' if ok else '-- '}{f}: exit {rc}: " + ", ".join(cells))
        if verbose and not ok:
            msg = err.decode("utf-8", "replace").strip()
            if msg:
                print("    stderr: " + msg[:300])
            for x in sorted(e_f - g_f)[:12]:
                print("    missing", sc.show(x))
            for x in sorted(g_f - e_f)[:12]:
                print("    extra  ", sc.show(x))
    print("by kind: " + ", ".join("%s %d/%d found, %d wrong (P %.2f R %.2f)" % ((c, v[0], v[1], v[2] - v[0]) +
                                                                              sc.prf(*v)[:2]) for c, v in tot.items()
                                  if v[1] or v[2]))
    tp = sum(v[0] for v in tot.values())
    ne = sum(v[1] for v in tot.values())
    ng = sum(v[2] for v in tot.values())
    print("all: %d/%d found, %d wrong; P %.2f R %.2f F1 %.2f" % ((tp, ne, ng - tp) + sc.prf(tp, ne, ng)))


if __name__ == "__main__":
    main()
