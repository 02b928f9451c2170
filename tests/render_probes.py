#!/usr/bin/env python3
"""The probe report texts read the same from Word, PDF and web pages as from .txt.

  tests/render_probes.py PLANCHECK [--out DIR] [--rerender] [-v] [NAME...]

Renders every tests/probes/reports/*.txt the way units write reports in Word: the first line,
when it reads as a title (short, no clause marks, no heading number), in Word's 标题 (Title)
style, 一、 headings in 标题 1 (Heading 1), （一） headings in 标题 2, the rest body text in
the corpus's fonts (corpus/docx/render.py). Then LibreOffice makes a PDF and a web page
(.lo.html) of each, and a hand-made page (.html) sets the same paragraphs with <h1>/<h2>/<h3>
for the styled ones, as a government site does. Each rendering is imported and checked as
tests/probes_test.py does, and the text rules' findings (rule and message, the line a message
names aside) are compared with the .txt's: a table of probes that differ by format, and with
-v each difference. Renderings are kept in --out (default /tmp/plancheck-probe-renderings)
and reused unless --rerender. Needs Debian's python3 with python3-docx, and LibreOffice; not
run by CTest (LibreOffice takes minutes). Exit 1 on any difference.
"""
import html
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBES = os.path.join(HERE, "probes", "reports")
spec = importlib.util.spec_from_file_location("renderings", os.path.join(HERE, "renderings.py"))
renderings = importlib.util.module_from_spec(spec)
spec.loader.exec_module(renderings)

HEADING_STYLE = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2"}
HTML_TAG = {"title": "h1", "h1": "h2", "h2": "h3"}


def kind_of(line, first):
    s = line.strip()
    if first and len(s) < 60 and not re.search(r"[，。；：,;:]", s) and not re.match(r"^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]", s):
        return "title"
    if re.match(r"^[一二三四五六七八九十]+、", s) and len(s) < 40:
        return "h1"
    if re.match(r"^[（(][一二三四五六七八九十]+[）)]", s) and len(s) < 40:
        return "h2"
    return "body"


def render_probe(render_mod, path, docx_path, html_path):
    d = render_mod["new_doc"]()
    page = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>政务公开</title></head><body>',
            '<div class="header"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>', '<div class="article">']
    first = True
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        kind = kind_of(line, first)
        first = False
        p = render_mod["para"](d, line.strip(), "title" if kind == "title" else kind)
        if kind in HEADING_STYLE:
            p.style = d.styles[HEADING_STYLE[kind]]
        tag = HTML_TAG.get(kind, "p")
        page.append("<%s>%s</%s>" % (tag, html.escape(line.strip()), tag))
    d.save(docx_path)
    page += ["</div>", '<div class="footer">主办单位：某某人民政府办公室</div>', "</body></html>"]
    open(html_path, "w", encoding="utf-8").write("\n".join(page) + "\n")


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    binary = os.path.abspath(args.pop(0))
    out, flags, names = "/tmp/plancheck-probe-renderings", set(), []
    while args:
        a = args.pop(0)
        if a == "--out":
            out = args.pop(0)
        elif a.startswith("-"):
            flags.add(a)
        else:
            names.append(a)
    corpus = os.path.abspath(os.environ.get("CORPUS") or os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "corpus"))
    os.makedirs(out, exist_ok=True)
    texts = [(n[:-4], os.path.join(PROBES, n)) for n in sorted(os.listdir(PROBES))
             if n.endswith(".txt") and (not names or any(f in n for f in names))]
    todo = [(n, p) for n, p in texts if "--rerender" in flags or not os.path.exists(os.path.join(out, n + ".docx"))]
    if todo:
        render_mod = renderings.load_render(corpus)
        docs = []
        for name, path in todo:
            docs.append(os.path.join(out, name + ".docx"))
            render_probe(render_mod, path, docs[-1], os.path.join(out, name + ".html"))
        renderings.soffice(out, docs, "pdf", "pdf")
        renderings.soffice(out, docs, "html", "lo.html")
    print("renderings in", out)
    sys.exit(1 if renderings.compare_reports(binary, texts, out, "-v" in flags) else 0)


if __name__ == "__main__":
    main()
