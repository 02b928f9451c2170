#!/usr/bin/env python3
"""Small PDFs for checker/source_pdf_test.cc, printed by LibreOffice from WordprocessingML written here.

  tests/probes/word18/make_fixtures.py   (writes tests/data/sources/{footnote-page,no-tounicode,figures-page,softbr-page,merged-across-pages,spaced-digits}.pdf)

footnote-page.pdf: two pages of 16 pt body text; a footnote (9 pt, Word's 脚注文本 size) on page 1 under a
sentence that runs on to page 2; at the foot of page 2 two lines in small type that are no footnote: a
版记 line (抄送：…) and an item 1. in small type.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_office_files as m  # noqa: E402

SOURCES = os.path.join(HERE, "..", "..", "data", "sources")


def print_pdf(d, name, header):
    """Writes Doc `d` as NAME.docx and LibreOffice's PDF of it as tests/data/sources/NAME.pdf."""
    with tempfile.TemporaryDirectory() as td:
        docx = os.path.join(td, name + ".docx")
        d.write(docx, header)
        m.soffice(docx, "pdf", td)
        shutil.copy(os.path.join(td, name + ".pdf"), os.path.join(SOURCES, name + ".pdf"))


def small(d, text):
    d.para(d.runs(text, size=21), indent=False)


def footnote_page():
    d = m.Doc("footnote-page", random.Random(1), {"footnote"})
    d.h2_text, d.h3_mark = "（%2）", "."
    d.para(d.runs("某县2024年重点工作任务分工方案", "方正小标宋简体", size=44), jc="center", indent=False)
    d.heading("A", 0, 1, "总体要求", "黑体")
    sentence = "各乡镇、各部门要按照分工方案抓好落实，明确专人负责，建立工作台账，逐项细化措施，确保各项任务按期保质完成。"
    for k in range(1, 6):
        d.heading("B", 0, k, "推进第%d项重点工作。" % k + sentence + "（牵头单位：县发展改革局；责任单位：各乡镇人民政府）",
                  "仿宋_GB2312")
    d.heading("B", 0, 6, "推进第6项重点工作。" + sentence * 3 + "（牵头单位：县住建局；责任单位：县财政局）", "仿宋_GB2312")
    for k in range(7, 10):
        d.heading("B", 0, k, "推进第%d项重点工作。" % k + sentence + "（牵头单位：县发展改革局）", "仿宋_GB2312")
    small(d, "抄送：县委办公室，县人大常委会办公室，县政协办公室。")
    small(d, "1.本表由各乡镇于每月5日前报送。")
    print_pdf(d, "footnote-page", "某县人民政府办公室")


def no_tounicode():
    """footnote-page.pdf with its fonts' ToUnicode maps renamed away (same length: the xref stays right), as a
    PDF whose CJK font was embedded without one: poppler reads glyph numbers (!"#$%&'()…)."""
    data = open(os.path.join(SOURCES, "footnote-page.pdf"), "rb").read()
    open(os.path.join(SOURCES, "no-tounicode.pdf"), "wb").write(data.replace(b"/ToUnicode", b"/ToUnicodX"))


def figures_page():
    """A page of figures, dates and English with its ToUnicode maps: text, however little of it is Chinese."""
    d = m.Doc("figures-page", random.Random(2), set())
    d.h2_text, d.h3_mark = "（%2）", "."
    for line in ["Annex 1: Key figures (2023-11-30)", "GDP growth: 5.5%; fixed-asset investment: +6.0% (y/y)",
                 "1. 12.5%   2. 30/40   3. 2024-06-30   4. 99.8%   5. (1)-(4)",
                 "The county's plan, No. 7 [2024], lists 12 tasks; see www.example.gov.cn/plan?id=7&year=2024.",
                 "单位：万元"]:
        d.para(d.runs(line), indent=False)
    print_pdf(d, "figures-page", "")


def softbr_page():
    """Lines broken mid-sentence with Shift+Enter (w:br), and near misses set in block style (no first-line
    indent): a short heading and a paragraph ending in 。 followed by a paragraph at the margin, and units one
    per paragraph."""
    d = m.Doc("softbr-page", random.Random(3), set())
    d.h2_text, d.h3_mark = "（%2）", "."
    br = '<w:r><w:br/></w:r>'
    d.para(br.join(d.runs(t) for t in ["（一）开展涉企收费专项治理，对公用事业、港", "口", "物流等领域涉企收费开展检查，整治转供电主体违法加价等行为。（市场监管总局牵头，国家发展改革委、交",
                                      "通运输部、海关总署按职责分工负责）"]))
    d.para(br.join(d.runs(t) for t in ["（二）清理规范中小企业融资中的不合理附加费用，整治银行强制搭售产品等违规行为（银保监会、",
                                      "人民银行负责）"]))
    d.para(d.runs("二、保障措施"), indent=False)
    d.para(d.runs("各地区要加强组织领导，确保各项措施落到实处，按要求报送进展情况。"), indent=False)
    d.para(d.runs("工作有序推进。"), indent=False)
    d.para(d.runs("请各单位抓紧组织实施。"), indent=False)
    for unit in ["县发展改革局", "县财政局"]:
        d.para(d.runs(unit), indent=False)
    print_pdf(d, "softbr-page", "")


def merged_across_pages():
    """A ruled table over two pages, header row repeated (tblHeader), its 指导部门 column merged down in groups of
    six rows (vMerge), one group split by the page break; a 备注 column filled on odd rows only."""
    d = m.Doc("merged-across-pages", random.Random(4), set())
    d.h2_text, d.h3_mark = "（%2）", "."
    d.para(d.runs("某县2024年重点改革举措推广清单", "方正小标宋简体", size=44), jc="center", indent=False)
    units = ["县发展改革局", "县财政局", "县住建局", "县教育局", "县农业农村局", "县卫生健康局", "县民政局"]
    rows = [[str(k), "推广第%d项改革举措，完善配套制度" % k, units[(k - 1) // 6], "已完成" if k % 2 else ""]
            for k in range(1, 41)]
    d.table(["序号", "改革举措", "指导部门", "备注"], rows)
    print_pdf(d, "merged-across-pages", "")


def spaced_digits():
    """Digits letter-spaced by Word's 字符间距 加宽 (w:spacing 6 pt) in a deadline; near miss: two numbers set
    apart by a tab (附表3 → 5个指标 is no 35)."""
    d = m.Doc("spaced-digits", random.Random(5), set())
    d.h2_text, d.h3_mark = "（%2）", "."

    def spaced(text):
        return '<w:r><w:rPr><w:spacing w:val="120"/></w:rPr><w:t>%s</w:t></w:r>' % text
    d.para(d.runs("一、推进老旧小区改造，") + spaced("2024年11月30日") + d.runs("前完成改造12个。（牵头单位：县住建局）"))
    d.para(d.runs("二、附表3") + "<w:r><w:tab/></w:r>" + d.runs("5个指标按季度报送。"))
    print_pdf(d, "spaced-digits", "")


if __name__ == "__main__":
    spaced_digits()
    merged_across_pages()
    softbr_page()
    footnote_page()
    no_tounicode()
    figures_page()
