#!/usr/bin/env python3
"""The same facts and findings whatever format a document comes in.

  tests/renderings.py PLANCHECK [--out DIR] [--corpus DIR] [--reports] [-v] [NAME...]

Renders every corpus plan (corpus/plans/*.txt) as Word (.docx, with the corpus's own
docx/render.py: its functions, not its writes into the corpus), then through LibreOffice
(`soffice --headless`, one conversion run at a time, niced) as PDF and as a web page
(.lo.html), and writes a hand-made web page of the same paragraphs and tables (.html). Each
rendering is imported with `import-plan` and its facts — task ids, leads, responsible units,
deadlines, milestones, budget, the plan's id and issue date — are compared with the .txt's.

With --reports it also renders the report texts (corpus/reports/*.txt, the injected copies and
tests/probes/reports/*.txt), imports and checks each as tests/probes_test.py does, and compares
the text rules' findings (rule and message; the line a message names is not compared) with the
.txt's. Prints a table, plan × format: '=' the same, m/e facts missing/extra; exit 1 on any
difference. Needs Debian's python3 with python3-docx, and LibreOffice. Not run by CTest
(LibreOffice takes minutes); run it after changing a reader (checker/source_*.cc) or
report_source.cc.
"""
import collections
import html
import importlib.machinery
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXT_RULES = ("placeholder-figure", "masked-word", "duplicate-passage", "conflicting-figures", "metric-text-agrees")
PLAN = ('<?xml version="1.0" encoding="UTF-8"?>\n<plan xmlns="urn:plancheck:plan:1" id="对照方案" '
        'issued="2020-01-01"><title>对照方案</title><budget required="false"/></plan>\n')
AS_OF = "2025-12-31"
FORMATS = ["docx", "pdf", "html", "lo.html"]


def load_render(corpus):
    """render.py's functions without its last lines, which write into the corpus."""
    src = open(os.path.join(corpus, "docx", "render.py"), encoding="utf-8").read()
    src = src[:src.index("os.makedirs(f'{CORPUS}/docx'")]
    mod = {"__file__": os.path.join(corpus, "docx", "render.py"), "__name__": "render"}
    exec(compile(src, "render.py", "exec"), mod)
    mod["CORPUS"] = corpus
    return mod


def load_score(corpus):
    loader = importlib.machinery.SourceFileLoader("score", os.path.join(corpus, "score"))
    spec = importlib.util.spec_from_loader("score", loader)
    score = importlib.util.module_from_spec(spec)
    loader.exec_module(score)
    return score


def title_lines(lines):
    """The lines above the 文号 (a title broken over lines), the first line, and a plan's title."""
    ls = [l.strip() for l in lines if l.strip()]
    titles = {ls[0]}
    for i, l in enumerate(ls[:6]):
        if re.match(r"^\S*\s*[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*[号號]$", l):
            titles.update(ls[:i])
            break
    for l in ls:
        if len(l) < 60 and not re.search(r"[，。；：,;:]", l) and re.search(r"(方案|计划|計劃|分解|意见|通知)$", l):
            titles.add(l)
    return titles


def write_html(docx_path, out_path):
    """A web page of the .docx's paragraphs and tables, as a government site sets one."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(docx_path)
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>%s</title></head><body>'
             % html.escape(os.path.basename(out_path)),
             '<div class="header"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>', '<div class="article">']
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, d)
            if p.text.strip():
                style = {1: ' style="text-align:center"', 2: ' style="text-align:right"'}.get(p.alignment, "")
                parts.append("<p%s>%s</p>" % (style, html.escape(p.text)))
        elif tag == "tbl":
            parts.append('<table border="1">')
            for row in Table(child, d).rows:
                cells, seen = [], set()
                for c in row.cells:
                    if id(c._tc) not in seen:
                        seen.add(id(c._tc))
                        span = c._tc.grid_span
                        cells.append("<td%s>%s</td>" % (' colspan="%d"' % span if span > 1 else "",
                                                         html.escape(c.text).replace("\n", "<br>")))
                parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("</table>")
    parts += ["</div>", '<div class="footer">主办单位：某某人民政府办公室</div>', "</body></html>"]
    open(out_path, "w", encoding="utf-8").write("\n".join(parts) + "\n")


def soffice(out, docs, target, suffix):
    """LibreOffice converts the .docx files to `target`, one run at a time, 40 files a run (a
    long run has been seen to leave its last files unconverted), then once more each file it
    missed; the result is named NAME.suffix."""
    with tempfile.TemporaryDirectory() as tmp:
        def run(batch):
            subprocess.run(["nice", "soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"),
                            "--headless", "--convert-to", target, "--outdir", tmp] + batch, capture_output=True)
        made = lambda d: os.path.join(tmp, os.path.splitext(os.path.basename(d))[0] + "." + target)
        for i in range(0, len(docs), 40):
            run(docs[i:i + 40])
        for d in docs:
            if not os.path.exists(made(d)):
                run([d])
        for d in docs:
            if os.path.exists(made(d)):
                os.replace(made(d), os.path.join(out, os.path.splitext(os.path.basename(d))[0] + "." + suffix))
            else:
                print("warning: LibreOffice made no %s of %s" % (target, d), file=sys.stderr)


def render(render_mod, out, plans, reports):
    docs = []
    for name, path in plans:
        target = os.path.join(out, name + ".docx")
        if name == "08-shapingba-2022":
            render_mod["render_shapingba"](target)
        elif name == "18-chuangxin-tuiguang-2018":
            render_mod["render_chuangxin"](target)
        else:
            render_mod["render_text"](name, title_lines(open(path, encoding="utf-8").read().split("\n")), target)
        docs.append(target)
    for name, path in reports:
        d = render_mod["new_doc"]()
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.strip():
                render_mod["para"](d, line.strip(), render_mod["classify"](line, set()))
        target = os.path.join(out, name + ".docx")
        d.save(target)
        docs.append(target)
    for d in docs:
        write_html(d, d[:-5] + ".html")
    soffice(out, docs, "pdf", "pdf")
    soffice(out, docs, "html", "lo.html")


def plan_facts(score, binary, path, name, aliases):
    rc, data, err, _ = score.import_plan(binary, path, None, name)
    if not data.strip():
        return None
    root = ET.fromstring(data)
    facts = score.facts_from_xml(root, name, aliases)
    facts.add(("id", name, root.get("id") or ""))
    facts.add(("issued", name, root.get("issued") or ""))
    return facts


def compare_plans(score, binary, corpus, out, names, verbose):
    spec = json.load(open(os.path.join(corpus, "plans", "expected.json"), encoding="utf-8"))
    rows, differ = [], 0
    for p in spec["plans"]:
        if p["name"] not in names:
            continue
        _, aliases, _ = score.facts_from_spec(p)
        base = plan_facts(score, binary, os.path.join(corpus, "plans", p["seed"]), p["name"], aliases) or set()
        row = [p["name"], len(base)]
        for fmt in FORMATS:
            path = os.path.join(out, p["name"] + "." + fmt)
            if not os.path.exists(path):
                row.append("n/a")
                continue
            got = plan_facts(score, binary, path, p["name"], aliases)
            if got is None:
                row.append("refused")
                differ += 1
                continue
            miss, extra = base - got, got - base
            row.append("%d/%d" % (len(miss), len(extra)) if miss or extra else "=")
            differ += bool(miss or extra)
            if verbose:
                for f in sorted(miss):
                    print("%s.%s: missing %s" % (p["name"], fmt, " ".join(f[:1] + f[2:])))
                for f in sorted(extra):
                    print("%s.%s: extra   %s" % (p["name"], fmt, " ".join(f[:1] + f[2:])))
        rows.append(row)
    print("%-34s %5s " % ("plan", "facts") + " ".join("%9s" % f for f in FORMATS))
    for r in rows:
        print("%-34s %5d " % (r[0][:34], r[1]) + " ".join("%9s" % c for c in r[2:]))
    return differ


def report_findings(binary, texts, out, fmt):
    env = dict(os.environ, PLANCHECK_HOME=os.environ.get("PLANCHECK_HOME", ROOT))
    found = {}
    with tempfile.TemporaryDirectory() as work:
        plan = os.path.join(work, "plan.xml")
        open(plan, "w", encoding="utf-8").write(PLAN)
        reps = os.path.join(work, "r")
        os.mkdir(reps)
        for name, path in texts:
            src = path if fmt == "txt" else os.path.join(out, name + "." + fmt)
            if not os.path.exists(src):
                continue  # no rendering: not compared
            r = subprocess.run([binary, "import-report", src, "--plan", "对照方案", "--unit", "某单位", "--submitted", AS_OF,
                                "-o", os.path.join(reps, name + ".xml")], env=env, capture_output=True, text=True)
            found[name] = collections.Counter() if r.returncode == 0 else collections.Counter({("import-report", str(r.returncode)): 1})
        r = subprocess.run([binary, "check", "--no-config", "--plan", plan, "--format", "json", "--fail-on", "never",
                            "--as-of", AS_OF, reps], env=env, capture_output=True, text=True)
        for f in json.loads(r.stdout).get("findings") or []:
            if f.get("rule") in TEXT_RULES:
                message = re.sub(r"第 \d+ 行", "第 N 行", f["message"])
                found[os.path.basename(f["file"])[:-4]][(f["rule"], message)] += 1
    return found


def compare_reports(binary, texts, out, verbose):
    base = report_findings(binary, texts, out, "txt")
    differ = 0
    print("%-8s %5s %5s %6s %9s %7s %5s" % ("format", "texts", "same", "differ", "findings", "missing", "extra"))
    for fmt in FORMATS:
        got = report_findings(binary, texts, out, fmt)
        same = miss = extra = 0
        for name in base:
            if name not in got:
                continue
            m, e = base[name] - got[name], got[name] - base[name]
            if not m and not e:
                same += 1
                continue
            miss, extra = miss + sum(m.values()), extra + sum(e.values())
            if verbose:
                for k in m:
                    print("  %s.%s: missing %s %s" % (name, fmt, k[0], k[1][:120]))
                for k in e:
                    print("  %s.%s: extra   %s %s" % (name, fmt, k[0], k[1][:120]))
        compared = sum(1 for name in base if name in got)
        differ += compared - same
        print("%-8s %5d %5d %6d %9d %7d %5d" % (fmt, compared, same, compared - same,
                                                sum(sum(c.values()) for c in base.values()), miss, extra))
    return differ


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    binary = os.path.abspath(args.pop(0))
    opts = {"--out": None, "--corpus": os.path.join(os.path.dirname(ROOT), "shared", "corpus")}
    flags, names = set(), []
    while args:
        a = args.pop(0)
        if a in opts:
            opts[a] = args.pop(0)
        elif a.startswith("-"):
            flags.add(a)
        else:
            names.append(a)
    corpus = os.path.abspath(os.environ.get("CORPUS") or opts["--corpus"])
    if not os.path.isdir(os.path.join(corpus, "plans")):
        sys.exit("no corpus at %s (give --corpus DIR)" % corpus)
    out = opts["--out"] or tempfile.mkdtemp(prefix="plancheck-renderings-")
    os.makedirs(out, exist_ok=True)
    plans = [(n[:-4], os.path.join(corpus, "plans", n)) for n in sorted(os.listdir(os.path.join(corpus, "plans")))
             if n.endswith(".txt") and (not names or any(f in n for f in names))]
    reports = []
    if "--reports" in flags:
        for d in (os.path.join(corpus, "reports"), os.path.join(corpus, "reports", "injected"),
                  os.path.join(HERE, "probes", "reports")):
            reports += [(n[:-4], os.path.join(d, n)) for n in sorted(os.listdir(d))
                        if n.endswith(".txt") and (not names or any(f in n for f in names))]
    render(load_render(corpus), out, plans, reports)
    print("renderings in", out)
    differ = compare_plans(load_score(corpus), binary, corpus, out, {n for n, _ in plans}, "-v" in flags)
    if reports:
        print()
        differ += compare_reports(binary, reports, out, "-v" in flags)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
