#!/usr/bin/env python3
"""Office files made from judged plan texts, the way Word / WPS write them (word18).

  tests/probes/word18/make_office_files.py [--pdf] [--html] [NAME...]
  tests/probes/word18/make_office_files.py --reports [--pdf] [NAME...]   (the corpus reports, files/reports/)

Reads /work/shared/corpus/plans/NN-*.txt (facts judged in plans/expected.json) and writes
tests/probes/word18/files/NN-*.office.docx: WordprocessingML written by hand with zipfile (no
python-docx), with what real files carry (each recorded in files/manifest.json per file):

  autonum    一、 / （一） / 1． taken out of the text and put in numbering.xml (one list for
             一、 and （一）, one for 1．; a number the count would not give restarts the list with
             a new w:num and lvlOverride/startOverride, as "Set numbering value" writes it)
  fonts      黑体 / 楷体_GB2312 headings by direct formatting, no heading style; body 仿宋_GB2312
  runsplit   text split over runs at arbitrary places (rsid boundaries), proofErr, bookmarks
  titlebox   the title (and 文号) in a text box (DrawingML + VML fallback in mc:AlternateContent)
  titlebr    a title over two lines as one paragraph with a soft break (w:br)
  header     a header with the issuer, a footer "— PAGE —" (a PAGE field)
  track      tracked changes: part of a sentence as w:ins, a made-up unit "、区财政局" as w:del
  comment    a reviewer's comment that names a unit
  footnote   a footnote after the first heading (9 pt, as Word's 脚注文本 style sets it)
  fwspace    body paragraphs indented with typed full-width spaces (　　) instead of w:ind
  hyperlink  a 《…》 title inside a HYPERLINK field (fldChar begin/instrText/separate/end)
  sect       a section break (w:sectPr in a paragraph) before the attached plan / 附件
  pagebr     a page break (w:br type=page) before 附件
  sign       落款 and date right-aligned (w:jc right)
  openrule   (with table) rules inside the table only, its left, right and bottom sides open
  softbr     three long paragraphs with a soft break (w:br) every 28 characters, mid-sentence, as a text
             pasted from a PDF with its lines kept
  vanish     hidden text (w:vanish) holding a unit clause, as a template's instruction left in
  table      a flattened 序号 table of the text rebuilt as w:tbl: header row repeated on each page
             (w:tblHeader), a section row over all columns (gridSpan), equal cells down a column
             merged (vMerge), a long cell as two paragraphs

--pdf: also files/NN-*.office.pdf from each .docx by `soffice --headless --convert-to pdf`
(LibreOffice is a test-data maker here only). --html: files/NN-*.lo.docx, a web page of the
text (h1/h2/p, tables with rowspan) converted by `soffice --convert-to docx`, so Word's own
structures as LibreOffice writes them.
Deterministic: the same texts give the same files (random.Random(name)).
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus/plans"
OUT = os.path.join(HERE, "files")

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="wps"')

CN = "一二三四五六七八九十"


def cn_number(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    t, u = divmod(n, 10)
    return CN[t - 1] + "十" + (CN[u - 1] if u else "")


def cn_value(s):
    if s in CN:
        return CN.index(s) + 1
    if s.startswith("十"):
        return 10 + (CN.index(s[1]) + 1 if len(s) > 1 else 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN.index(a) + 1) * 10 + (CN.index(b) + 1 if b else 0)
    return None


H1 = re.compile(r"^([一二三四五六七八九十]{1,3})、(.*)$")
H2 = re.compile(r"^([（(])([一二三四五六七八九十]{1,3})([）)])(.*)$")
H3 = re.compile(r"^(\d{1,2})([.．])(?!\d)(.*)$")
WENHAO = re.compile(r"^[^\s，。]{1,12}[〔\[【]\d{4}[〕\]】]\s*\d+\s*[号號]$")
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


class Doc:
    def __init__(self, name, rng, features):
        self.name, self.rng, self.f = name, rng, features
        self.body = []
        self.nums = {}  # numId -> (abstractId, level, start)
        self.next_num = 3
        self.counters = {"A": [0, 0], "B": [0]}
        self.cur = {"A": 1, "B": 2}
        self.comments, self.footnotes = [], []
        self.bookmark = 0
        self.used = set()

    # ------------------------------------------------------------------ runs
    def runs(self, text, font="仿宋_GB2312", bold=False, size=32):
        rpr = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" w:hAnsi="Times New Roman"/>%s' \
              '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (font, "<w:b/>" if bold else "", size, size)
        pieces = [text]
        if "runsplit" in self.f and len(text) > 6:
            cuts = sorted(self.rng.sample(range(1, len(text)), min(3, len(text) - 1)))
            pieces = [text[i:j] for i, j in zip([0] + cuts, cuts + [len(text)])]
        out = []
        for k, piece in enumerate(pieces):
            if k and self.rng.random() < 0.3:
                out.append('<w:proofErr w:type="gramStart"/>')
            out.append('<w:r w:rsidR="00A1%04X">%s<w:t xml:space="preserve">%s</w:t></w:r>'
                       % (self.rng.randrange(65536), rpr, escape(piece)))
        return "".join(out)

    def para(self, inner, jc=None, indent=True, num=None, sect=False):
        ppr = []
        if num:
            ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0]))
        if indent and not num:
            ppr.append('<w:ind w:firstLineChars="200" w:firstLine="640"/>')
        if jc:
            ppr.append('<w:jc w:val="%s"/>' % jc)
        if sect:
            ppr.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:type w:val="nextPage"/></w:sectPr>')
        self.body.append('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>%s</w:pPr>%s</w:p>'
                         % ("".join(ppr), inner))

    # ------------------------------------------------------------------ numbering
    def number(self, lst, level, value):
        """numId for a paragraph numbered `value` at `level` of list A (一、（一）) or B (1．)."""
        c = self.counters[lst]
        would = c[level] + 1
        num = self.cur[lst]
        if value != would:  # the count would not give it: restart the list there (Set numbering value)
            num = self.next_num
            self.next_num += 1
            self.nums[num] = (lst, level, value)
            self.cur[lst] = num
        c[level] = value
        for k in range(level + 1, len(c)):
            c[k] = 0
        self.used.add(lst)
        return num

    # ------------------------------------------------------------------ special runs
    def textbox(self, lines):
        paras = "".join('<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>' % self.runs(t, "方正小标宋简体", size=44)
                        for t in lines)
        return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
                'distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
                'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
                '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
                '</wp:positionV><wp:extent cx="5600000" cy="%d"/><wp:wrapTopAndBottom/><wp:docPr id="%d" '
                'name="文本框 %d"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
                'wordprocessingShape"><wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5600000" cy="%d"/>'
                '</a:xfrm><a:prstGeom prst="rect"/></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
                '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shape style="width:441pt;height:%dpt"><v:textbox><w:txbxContent>%s'
                '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
                % (400000 * len(lines), self.bookmark + 10, self.bookmark + 10, 400000 * len(lines), paras,
                   32 * len(lines), paras))

    def comment_around(self, inner, note):
        cid = len(self.comments)
        self.comments.append(note)
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:commentReference w:id="%d"/></w:r>' % (cid, inner, cid, cid))

    def footnote_ref(self, note):
        fid = len(self.footnotes) + 1
        self.footnotes.append(note)
        return '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % fid

    def hyperlink_field(self, text):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK '
                '"http://www.gov.cn/zhengce/" \\o "政策文件 2019年第3号" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                % self.runs(text))

    # ------------------------------------------------------------------ body text
    def body_text(self, text):
        """A body paragraph with the file's features applied once each where they fit."""
        lead = "　　" if "fwspace" in self.f else ""
        inner = None
        m = re.search(r"[（(](?:牵头单位|责任单位|[^（）()]{2,40}负责)[^（）()]*[）)]", text)
        if m and "track" in self.f and "track" not in self.used:
            clause = m.group(0)
            cut = clause.rfind("、") if "、" in clause else len(clause) - 1
            inner = (self.runs(lead + text[:m.start()]) + self.runs(clause[:cut]) +
                     '<w:del w:id="%d" w:author="办公室" w:date="2024-01-05T09:00:00Z"><w:r><w:delText>、区财政局'
                     '</w:delText></w:r></w:del>' % (900 + len(self.used)) + self.runs(clause[cut:]) +
                     self.runs(text[m.end():]))
            self.used.add("track")
        elif m and "comment" in self.f and "comment" not in self.used:
            inner = (self.runs(lead + text[:m.start()]) +
                     self.comment_around(self.runs(m.group(0)), "建议增加市财政局为责任单位，请核实") +
                     self.runs(text[m.end():]))
            self.used.add("comment")
        elif "track" in self.f and "ins" not in self.used and len(text) > 40 and "。" in text[10:-2]:
            k = text.index("。", 10) + 1
            inner = (self.runs(lead + text[:k]) + '<w:ins w:id="800" w:author="办公室" w:date="2024-01-05T09:00:00Z">' +
                     self.runs(text[k:]) + "</w:ins>")
            self.used.add("ins")
        elif "hyperlink" in self.f and "hyperlink" not in self.used and re.search(r"《[^》]{4,}》", text):
            m2 = re.search(r"《[^》]{4,}》", text)
            inner = self.runs(lead + text[:m2.start()]) + self.hyperlink_field(m2.group(0)) + self.runs(text[m2.end():])
            self.used.add("hyperlink")
        elif "softbr" in self.f and self.used_count("softbr") < 3 and len(text) > 60:
            # a text pasted from a PDF with its lines kept: Shift+Enter where the print broke the line,
            # mid-sentence (every 28 characters, as a 16 pt line of A4 holds)
            inner = '<w:r><w:br/></w:r>'.join(self.runs((lead if k == 0 else "") + text[k:k + 28])
                                               for k in range(0, len(text), 28))
            self.used.add("softbr%d" % self.used_count("softbr"))
        elif "vanish" in self.f and "vanish" not in self.used and text.endswith("。"):
            # hidden text (字体 > 隐藏): a template's instruction left in, not printed
            inner = self.runs(lead + text) + ('<w:r><w:rPr><w:vanish/></w:rPr><w:t>（牵头单位：区财政局，此处填写'
                                              '责任单位）</w:t></w:r>')
            self.used.add("vanish")
        if inner is None:
            inner = self.runs(lead + text)
        self.para(inner, indent=not lead)

    def used_count(self, prefix):
        return sum(1 for u in self.used if u.startswith(prefix))

    def heading(self, lst, level, value, rest, font):
        num = self.number(lst, level, value)
        inner = self.runs(rest, font, bold=font == "黑体")
        if "footnote" in self.f and "footnote" not in self.used and lst == "A" and level == 0:
            inner += self.footnote_ref("本方案所称有关部门，指国务院各部委、各直属机构。")
            self.used.add("footnote")
        self.para(inner, num=(num, level))

    # ------------------------------------------------------------------ tables
    def table(self, header, rows):
        """`self.borders`: Word's 网格型 (all six borders) or, with feature `openrule`, rules inside only
        (no left, right or bottom border: the sides left open)."""
        sides = ["top", "insideH", "insideV"] + ([] if "openrule" in self.f else ["left", "bottom", "right"])
        self.borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b for b in sides)
        ncol = len(header)
        grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol))
        out = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>%s</w:tblBorders></w:tblPr>'
               '<w:tblGrid>%s</w:tblGrid>' % (self.borders, grid)]

        def cell(text, extra="", merge=None):
            tcpr = extra + ('<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>" if merge else "")
            if merge == "cont":
                paras = "<w:p/>"
            else:
                parts = [text]
                if len(text) > 60 and "。" in text[20:-1]:  # a long cell typed as two paragraphs
                    k = text.index("。", 20) + 1
                    parts = [text[:k], text[k:]]
                paras = "".join("<w:p>%s</w:p>" % self.runs(p, size=24) for p in parts)
            return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, paras)

        out.append('<w:tr><w:trPr><w:tblHeader/></w:trPr>%s</w:tr>'
                   % "".join(cell(h) for h in header))
        prev = None
        for i, row in enumerate(rows):
            if isinstance(row, str):
                out.append("<w:tr>%s</w:tr>" % cell(row, '<w:gridSpan w:val="%d"/>' % ncol))
                prev = None
                continue
            cells = []
            for c, text in enumerate(row):
                merge = None
                if c >= 2 and prev is not None and text == prev[c] and text:
                    merge = "cont"
                elif c >= 2 and i + 1 < len(rows) and not isinstance(rows[i + 1], str) and \
                        len(rows[i + 1]) > c and rows[i + 1][c] == text and text:
                    merge = "restart"
                cells.append(cell(text, merge=merge))
            out.append("<w:tr>%s</w:tr>" % "".join(cells))
            prev = row
        out.append("</w:tbl>")
        self.body.append("".join(out))

    # ------------------------------------------------------------------ package
    def numbering_xml(self):
        def lvl(i, fmt, text, restart=None):
            return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/>'
                    '<w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>'
                    % (i, fmt, '<w:lvlRestart w:val="%d"/>' % restart if restart is not None else "", text))
        a = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>%s%s</w:abstractNum>'
             % (lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", self.h2_text)))
        b = '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>%s</w:abstractNum>' % \
            lvl(0, "decimal", "%1" + self.h3_mark)
        nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
                '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>']
        for nid, (lst, level, start) in sorted(self.nums.items()):
            nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="%d">'
                        '<w:startOverride w:val="%d"/></w:lvlOverride></w:num>'
                        % (nid, 0 if lst == "A" else 1, level, start))
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s%s</w:numbering>' % (
            NS, a, b, "".join(nums))

    def write(self, path, header_text):
        footer = ('<w:ftr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>'
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>'
                  '</w:ftr>' % NS)
        header = '<w:hdr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:hdr>' % (NS, self.runs(header_text))
        has_hf = "header" in self.f
        sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
                'w:bottom="1984" w:left="1588" w:header="851" w:footer="992"/></w:sectPr>'
                % ('<w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" '
                   'r:id="rId11"/>' if has_hf else ""))
        document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s'
                    '</w:body></w:document>' % (NS, "".join(self.body), sect))
        comments = '<w:comments %s>%s</w:comments>' % (NS, "".join(
            '<w:comment w:id="%d" w:author="审核人" w:date="2024-01-05T10:00:00Z"><w:p><w:r><w:t>%s</w:t></w:r>'
            '</w:p></w:comment>' % (i, escape(c)) for i, c in enumerate(self.comments)))
        footnotes = ('<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                     '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                     '<w:continuationSeparator/></w:r></w:p></w:footnote>%s</w:footnotes>' % (NS, "".join(
                         '<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/>'
                         '</w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">'
                         ' %s</w:t></w:r></w:p></w:footnote>' % (i + 1, escape(n)) for i, n in enumerate(self.footnotes))))
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault>'
                  '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
                  '</w:styles>' % NS)
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
              'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
              'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml"'
              ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.comments+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/'
              'header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.footer+xml"/></Types>')
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument" '
                'Target="word/document.xml"/></Relationships>' % rel)
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships">' +
                 "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, rel, t, f) for i, t, f in [
                     ("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml"),
                     ("rId3", "comments", "comments.xml"), ("rId4", "footnotes", "footnotes.xml"),
                     ("rId10", "header", "header1.xml"), ("rId11", "footer", "footer1.xml")]) + "</Relationships>")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                               ("word/document.xml", document), ("word/styles.xml", styles),
                               ("word/numbering.xml", self.numbering_xml()), ("word/comments.xml", comments),
                               ("word/footnotes.xml", footnotes), ("word/header1.xml", header),
                               ("word/footer1.xml", footer)]:
                zi = zipfile.ZipInfo(name, date_time=(2024, 1, 5, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data.encode("utf-8"))


ALL = ["autonum", "fonts", "runsplit", "titlebox", "titlebr", "header", "track", "comment", "footnote", "fwspace",
       "hyperlink", "sect", "pagebr", "sign", "table"]


def features_for(name):
    rng = random.Random("features:" + name)
    f = {"autonum", "fonts", "runsplit", "header", "sign", "table", "sect", "pagebr"}
    f.add(rng.choice(["titlebox", "titlebr"]))
    for opt in ["track", "comment", "footnote", "fwspace", "hyperlink"]:
        if rng.random() < 0.6:
            f.add(opt)
    if rng.random() < 0.5:
        f.add("openrule")
    for opt in ["softbr", "vanish"]:
        if rng.random() < 0.5:
            f.add(opt)
    return sorted(f)


def split_table(lines, start):
    """A flattened 序号 table from lines[start] (cells one per line, blank lines between): (header, rows, end),
    end the index of the first line after it; None when no row follows the header."""
    cells = []  # (text, line index)
    for i in range(start, len(lines)):
        if lines[i].strip():
            cells.append((lines[i].strip(), i))
    header = []
    k = 0
    while k < len(cells) and not re.fullmatch(r"\d+", cells[k][0]) and not H1.match(cells[k][0]) and len(header) < 8:
        header.append(cells[k][0])
        k += 1
    n = len(header)
    rows = []
    end = len(lines)
    while k < len(cells):
        if H1.match(cells[k][0]) and len(cells[k][0]) <= 30:
            rows.append(cells[k][0])
            k += 1
        elif re.fullmatch(r"\d+", cells[k][0]) and k + n + 1 <= len(cells) and \
                not any(re.fullmatch(r"\d+", c[0]) for c in cells[k + 1:k + n + 1]):  # 序号 and a cell per header
            rows.append([c[0] for c in cells[k:k + n + 1]])
            k += n + 1
        else:
            end = cells[k][1]
            break
    while rows and isinstance(rows[-1], str):
        rows.pop()
        k -= 1
        end = cells[k][1]
    if not rows or not n:
        return None
    return header, rows, end


def make(txt_path, out=None):
    name = os.path.basename(txt_path)[:-4]
    rng = random.Random(name)
    feats = features_for(name)
    d = Doc(name, rng, set(feats))
    lines = open(txt_path, encoding="utf-8").read().split("\n")
    d.h2_text = "(%2)" if any(l.startswith("(一)") for l in lines) else "（%2）"
    d.h3_mark = "．" if any(re.match(r"^\d{1,2}．", l) for l in lines) else "."
    # the title: lines before the first blank line / 文号 / address line
    title = []
    i = 0
    while i < len(lines) and lines[i].strip() and not WENHAO.match(lines[i].strip()) and len(title) < 3 and \
            not lines[i].rstrip().endswith(("：", ":")) and len(lines[i]) <= 40:
        title.append(lines[i].strip())
        i += 1
    wenhao = None
    if i < len(lines) and WENHAO.match(lines[i].strip()):
        wenhao = lines[i].strip()
        i += 1
    if "titlebox" in d.f and title:
        box = title + ([wenhao] if wenhao else [])
        d.para(d.textbox(box), indent=False)
    elif title:
        sep = '<w:r><w:br/></w:r>' if "titlebr" in d.f else None
        if sep:
            d.para(sep.join(d.runs(t, "方正小标宋简体", size=44) for t in title), jc="center", indent=False)
        else:
            for t in title:
                d.para(d.runs(t, "方正小标宋简体", size=44), jc="center", indent=False)
        if wenhao:
            d.para(d.runs(wenhao), jc="center", indent=False)
    elif wenhao:
        d.para(d.runs(wenhao), jc="center", indent=False)
    end = len(lines)
    seen_sign = False
    while i < end:
        line = lines[i].strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        i += 1
        if not line:
            d.body.append("<w:p/>")
            continue
        got = split_table(lines, i) if line == "序号" and "table" in d.f else None
        if got:
            header, rows, i = got
            d.table(["序号"] + header, rows)
            continue
        if line.startswith("附件") and len(line) <= 4 and "pagebr" in d.f:
            d.para('<w:r><w:br w:type="page"/></w:r>' + d.runs(line, "黑体"), indent=False)
            continue
        m1, m2, m3 = H1.match(line), H2.match(line), H3.match(line)
        if "autonum" in d.f and m1 and cn_value(m1.group(1)):
            d.heading("A", 0, cn_value(m1.group(1)), m1.group(2), "黑体" if "fonts" in d.f else "仿宋_GB2312")
        elif "autonum" in d.f and m2 and cn_value(m2.group(2)) and \
                ((m2.group(1) == "（") == (d.h2_text[0] == "（")):
            d.heading("A", 1, cn_value(m2.group(2)), m2.group(4), "楷体_GB2312" if "fonts" in d.f else "仿宋_GB2312")
        elif "autonum" in d.f and m3 and m3.group(2) == d.h3_mark and m3.group(3).strip():
            d.heading("B", 0, int(m3.group(1)), m3.group(3), "仿宋_GB2312")
        elif DATE.match(line) and "sign" in d.f:
            sect = "sect" in d.f and not seen_sign and i < end - 3
            d.para(d.runs(line), jc="right", indent=False, sect=sect)
            seen_sign = True
        elif "sign" in d.f and DATE.match(nxt) and len(line) <= 24 and not line.endswith(("。", "：", ":")):
            d.para(d.runs(line), jc="right", indent=False)
        else:
            d.body_text(line)
    issuer = next((l.strip() for l in lines if l.strip().endswith(("人民政府", "办公厅", "办公室", "国务院"))), name)
    out = out or OUT
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, name + ".office.docx")
    d.write(path, issuer)
    return path, feats


def html_page(txt_path):
    """A web page of the text as a site publishes it: h1 title, paragraphs, the 序号 table with rowspan."""
    lines = [l.strip() for l in open(txt_path, encoding="utf-8").read().split("\n")]
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>' % escape(lines[0])]
    k = 0
    while k < len(lines) and lines[k] and len(lines[k]) <= 40 and not WENHAO.match(lines[k]):
        out.append("<h1>%s</h1>" % escape(lines[k]))
        k += 1
    while k < len(lines):
        line = lines[k]
        k += 1
        if not line:
            continue
        got = split_table(lines, k) if line == "序号" else None
        if not got:
            tag = "h2" if H1.match(line) and len(line) <= 30 else "p"
            out.append("<%s>%s</%s>" % (tag, escape(line), tag))
        else:
            header, rows, k = got
            out.append('<table border="1"><tr>%s</tr>' % "".join("<th>%s</th>" % escape(h) for h in ["序号"] + header))
            spans = {}
            for r, row in enumerate(rows):
                if isinstance(row, str):
                    out.append('<tr><td colspan="%d">%s</td></tr>' % (len(header) + 1, escape(row)))
                    continue
                tds = []
                for c, text in enumerate(row):
                    if spans.get(c, 0) > 0:
                        spans[c] -= 1
                        continue
                    n = 1
                    while c >= 2 and r + n < len(rows) and not isinstance(rows[r + n], str) and rows[r + n][c] == text:
                        n += 1
                    spans[c] = n - 1
                    tds.append('<td%s>%s</td>' % (' rowspan="%d"' % n if n > 1 else "", escape(text)))
                out.append("<tr>%s</tr>" % "".join(tds))
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def soffice(src, fmt, outdir):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", fmt,
                        "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)


def reports(pdf, only):
    """--reports: the corpus's reports and its copies with defects put in, as units hand them in (files/reports/)."""
    out = os.path.join(OUT, "reports")
    manifest = {}
    srcs = [os.path.join(CORPUS, "..", "reports", t) for t in sorted(os.listdir(os.path.join(CORPUS, "..", "reports")))]
    srcs += [os.path.join(CORPUS, "..", "reports", "injected", t)
             for t in sorted(os.listdir(os.path.join(CORPUS, "..", "reports", "injected")))]
    for src in srcs:
        if not src.endswith(".txt") or (only and not any(o in src for o in only)):
            continue
        path, feats = make(src, out)
        name = os.path.basename(src)[:-4]
        manifest[os.path.basename(path)] = {"report": os.path.relpath(os.path.realpath(src), "/work/shared/corpus"),
                                            "features": feats}
        if pdf:
            with tempfile.TemporaryDirectory() as td:
                soffice(path, "pdf", td)
                shutil.copy(os.path.join(td, name + ".office.pdf"), os.path.join(out, name + ".office.pdf"))
            manifest[name + ".office.pdf"] = {"report": manifest[os.path.basename(path)]["report"],
                                              "features": ["pdf-of-office-docx"] + feats}
    mpath = os.path.join(out, "manifest.json")
    old = json.load(open(mpath, encoding="utf-8")) if os.path.exists(mpath) else {}
    old.update(manifest)
    json.dump(dict(sorted(old.items())), open(mpath, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def main():
    pdf, html = "--pdf" in sys.argv, "--html" in sys.argv
    if "--reports" in sys.argv:
        return reports(pdf, [a for a in sys.argv[1:] if not a.startswith("--")])
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    manifest = {}
    for t in sorted(os.listdir(CORPUS)):
        if not t.endswith(".txt") or (only and not any(o in t for o in only)):
            continue
        path, feats = make(os.path.join(CORPUS, t))
        name = t[:-4]
        manifest[os.path.basename(path)] = {"plan": name, "features": feats}
        if pdf:
            with tempfile.TemporaryDirectory() as td:
                soffice(path, "pdf", td)
                shutil.copy(os.path.join(td, name + ".office.pdf"), os.path.join(OUT, name + ".office.pdf"))
            manifest[name + ".office.pdf"] = {"plan": name, "features": ["pdf-of-office-docx"] + feats}
        if html:
            with tempfile.TemporaryDirectory() as td:
                src = os.path.join(td, name + ".lo.html")
                open(src, "w", encoding="utf-8").write(html_page(os.path.join(CORPUS, t)))
                soffice(src, "docx:MS Word 2007 XML", td)
                shutil.copy(os.path.join(td, name + ".lo.docx"), os.path.join(OUT, name + ".lo.docx"))
            manifest[name + ".lo.docx"] = {"plan": name, "features": ["html-to-docx-by-libreoffice"]}
    old = {}
    mpath = os.path.join(OUT, "manifest.json")
    if os.path.exists(mpath):
        old = json.load(open(mpath, encoding="utf-8"))
    old.update(manifest)
    json.dump(dict(sorted(old.items())), open(mpath, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
