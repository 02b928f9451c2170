#!/usr/bin/env python3
"""Word reports built the way units write them, to see what import-report makes of them.

  tests/word_reports/make_word_reports.py OUT_DIR

Handwritten WordprocessingML (zipfile, no python-docx): a title in Word's 标题 (Title) style,
headings in 标题 1 / 标题 2 whose 一、/（一） come from Word numbering (numbering.xml, not
typed), a table of figures, a text box, tracked changes (a deleted and an inserted figure)
and a reviewer's comment. Each file holds a template leftover a rule must find wherever it
stands: the title, a numbered heading, a table cell, a text box.
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>""" % W

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering %s>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%%1、"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%%2）"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>""" % W

COMMENTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments %s><w:comment w:id="0" w:author="办公室" w:date="2024-07-01T10:00:00Z"><w:p><w:r><w:t>此处数字请核实XX</w:t></w:r></w:p></w:comment></w:comments>""" % W

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
</Relationships>"""


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)


def para(text, style=None, extra=""):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return "<w:p>%s%s%s</w:p>" % (ppr, run(text) if text else "", extra)


def table(rows):
    out = ["<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"]
    for row in rows:
        out.append("<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in row) + "</w:tr>")
    return "".join(out) + "</w:tbl>"


def text_box(text):
    body = para(text)
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
            '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
            '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'
            % (body, body))


def tracked(before, deleted, inserted, after):
    return ('<w:p>%s<w:del w:id="1" w:author="张三"><w:r><w:delText>%s</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="张三">%s</w:ins>%s</w:p>' % (run(before), escape(deleted), run(inserted), run(after)))


def commented(text, note_on):
    i = text.index(note_on)
    return ('<w:p>%s<w:commentRangeStart w:id="0"/>%s<w:commentRangeEnd w:id="0"/>'
            '<w:r><w:commentReference w:id="0"/></w:r>%s</w:p>' % (run(text[:i]), run(note_on), run(text[i + len(note_on):])))


def save(path, body):
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (NS, body)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/comments.xml", COMMENTS)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    save(os.path.join(out, "styled-summary.docx"), "".join([
        para("XX县农业农村局2023年工作总结", "a3"),
        para("XX镇工作开展情况", "1"),
        para("今年以来，全镇围绕中心工作，新建高标准农田xx 亩，完成年度任务的100%。"),
        para("产业发展", "2"),
        tracked("全镇培育家庭农场", "100", "120", "家，带动农户增收。"),
        commented("粮食播种面积稳定在5.2万亩，总产2.1万吨。", "5.2万亩"),
        para("主要指标完成情况", "1"),
        table([["指标", "完成值", "同比"], ["粮食产量", "2.1万吨", "增长3%"], ["农民人均可支配收入", "XX元", "增长6.5%"]]),
        text_box("备注：本表数据截至20XX年6月底。"),
        para("下步打算", "1"),
        para("下半年继续抓好秋粮生产，确保全年粮食产量稳定在2.1万吨。"),
        para("XX县农业农村局"),
        para("2023年7月5日"),
    ]))
    # The same report with typed numbers (一、 （一） in the text) and no heading styles:
    # the convention a text file follows.
    save(os.path.join(out, "plain-summary.docx"), "".join([
        para("XX县农业农村局2023年工作总结"),
        para("一、XX镇工作开展情况"),
        para("今年以来，全镇围绕中心工作，新建高标准农田xx 亩，完成年度任务的100%。"),
        para("（一）产业发展"),
        para("全镇培育家庭农场120家，带动农户增收。"),
        para("粮食播种面积稳定在5.2万亩，总产2.1万吨。"),
        para("二、主要指标完成情况"),
        table([["指标", "完成值", "同比"], ["粮食产量", "2.1万吨", "增长3%"], ["农民人均可支配收入", "XX元", "增长6.5%"]]),
        para("备注：本表数据截至20XX年6月底。"),
        para("三、下步打算"),
        para("下半年继续抓好秋粮生产，确保全年粮食产量稳定在2.1万吨。"),
        para("XX县农业农村局"),
        para("2023年7月5日"),
    ]))


if __name__ == "__main__":
    main()
