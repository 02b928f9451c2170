#!/usr/bin/python3
"""Makes hostile and broken inputs for every reader (trust19).

    /usr/bin/python3 tests/probes/trust19/make_hostile.py OUT_DIR [--big]

Small files (a few KB) go to OUT_DIR: tests/data/hostile/ holds them (`make_hostile.py
tests/data/hostile`). --big adds the large ones, made at run time only (never committed): a
1 GB document.xml deflated (zip bomb), a zip of 100,000 entries, a 200 MB paragraph as text,
a PDF of 5,000 pages, Word XML stored uncompressed with content controls nested 100,000 deep
and a table of cells spanning 1,000 columns, web pages nested 100,000 and 10,000 deep. Every file is built by hand (zipfile, zlib, PDF
objects written out), so the script needs nothing but Python.
"""
import os
import sys
import zipfile
import zlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

# A short progress report as a unit writes it (the body of every .docx and text file here).
REPORT = ["区教体中心关于2023年11月重点任务推进情况的报告",
          "报送单位：区教体中心",
          "报送日期：2023年11月15日",
          "一、深化各族师生铸牢中华民族共同体意识教育",
          "已在全区中小学开展主题班会120场，覆盖学生3.2万人。"]


def para(text):
    return "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % text


def document_xml(body, prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog +
            "<w:document %s %s><w:body>%s</w:body></w:document>" % (W, R, body))


def docx(path, document, extra=None, rels=None, stored=False):
    """stored: no compression, as a hostile author writes it to pass the compression-ratio guard."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
        if rels:
            z.writestr("word/_rels/document.xml.rels", rels)
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def report_docx(path):
    docx(path, document_xml("".join(para(t) for t in REPORT)))


def pdf(objects):
    """A PDF from object bodies (bytes), numbered from 1, with a correct xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data):
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def text_pdf(pages):
    """A PDF of ASCII text pages (Helvetica), one line each."""
    n = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, line in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(stream(b"BT /F1 12 Tf 72 770 Td (" + line.encode("ascii") + b") Tj ET"))
    return pdf(objects)


def write(out, name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def small(out):
    # Zero-byte files of every kind.
    for ext in ("xml", "docx", "pdf", "html", "txt"):
        write(out, "zero." + ext, b"")
    # A good .docx report, and the same cut in half.
    report_docx(os.path.join(out, "report.docx"))
    with open(os.path.join(out, "report.docx"), "rb") as f:
        good = f.read()
    write(out, "truncated.docx", good[: len(good) // 2])
    # A zip with no word/document.xml.
    with zipfile.ZipFile(os.path.join(out, "no-document.docx"), "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/other.xml", "<x/>")
    # An encrypted .docx as Office writes it: an OLE compound file holding EncryptedPackage
    # (the header and a directory entry's UTF-16 name; the sniffing looks at nothing else).
    ole = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504)
    entry = "EncryptedPackage".encode("utf-16-le")
    ole += entry + b"\0" * (128 - len(entry)) + b"\0" * 384
    write(out, "encrypted.docx", bytes(ole))
    # A legacy .doc that is an OLE file LibreOffice cannot read (garbage after the header).
    write(out, "broken.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(range(256)) * 8)
    # document.xml with a DTD and an external entity, and with an entity bomb.
    docx(os.path.join(out, "xxe.docx"),
         document_xml(para(REPORT[0]) + para("&xxe;"),
                      '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))
    lol = "".join('<!ENTITY l%d "%s">' % (i + 1, ("&l%d;" % i) * 10) for i in range(9))
    docx(os.path.join(out, "entity-bomb.docx"),
         document_xml(para("&l9;"), '<!DOCTYPE w:document [<!ENTITY l0 "lol">' + lol + "]>"))
    # Relationships to external targets: an altChunk and a hyperlink on a local listener
    # (the matrix runs one on 127.0.0.1:8765 and reports any connection).
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
            'Target="http://127.0.0.1:8765/chunk.html" TargetMode="External"/>'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
            'Target="http://127.0.0.1:8765/link" TargetMode="External"/>'
            '</Relationships>')
    body = "".join(para(t) for t in REPORT) + '<w:altChunk r:id="rId9"/>'
    docx(os.path.join(out, "external-chunk.docx"), document_xml(body), rels=rels)
    # Tables nested 10,000 deep, the report's text in the innermost cell.
    depth = 10000
    nested = "<w:tbl><w:tr><w:tc>" * depth + para(REPORT[4]) + "</w:tc></w:tr></w:tbl>" * depth
    docx(os.path.join(out, "nested-tables.docx"), document_xml(para(REPORT[0]) + para(REPORT[1]) + para(REPORT[2]) + nested))
    # PDFs: cut in half, a broken xref (every offset wrong, startxref past the end), no page.
    one = text_pdf(["Progress report of the district education centre, November 2023."])
    write(out, "truncated.pdf", one[: len(one) // 2])
    broken = one.replace(b"0000000009 00000 n", b"0000099999 00000 n")
    broken = broken[: broken.rfind(b"startxref")] + b"startxref\n999999\n%%EOF\n"
    write(out, "broken-xref.pdf", broken)
    write(out, "zero-pages.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    # Web pages whose charset label lies: GBK bytes labelled UTF-8, UTF-8 labelled GBK.
    page = ("<html><head><meta charset=\"%s\"><title>" + REPORT[0] + "</title></head><body>" +
            "".join("<p>%s</p>" % t for t in REPORT) + "</body></html>")
    write(out, "gbk-labelled-utf8.html", (page % "utf-8").encode("gbk"))
    write(out, "utf8-labelled-gbk.html", (page % "gbk").encode("utf-8"))
    # Text: GB18030 with no BOM (a four-byte character in it), and mixed UTF-8 and GBK lines.
    write(out, "gb18030.txt", ("\n".join(REPORT) + "\n另有𠀀字样。\n").encode("gb18030"))
    write(out, "mixed.txt", ("\n".join(REPORT[:3]) + "\n").encode("utf-8") + ("\n".join(REPORT[3:]) + "\n").encode("gbk"))
    # Report XML with a byte that is not UTF-8 inside a text node.
    write(out, "invalid-utf8.xml",
          b'<?xml version="1.0" encoding="UTF-8"?>\n<report plan="x" unit="u" period="2023-11">\n'
          b'  <task ref="1"><status>done</status><progress>\xff\xfe bad</progress></task>\n</report>\n')


def big(out):
    # Stored, not deflated (a bomb's ratio guard does not see them; too big to commit):
    # content controls (w:sdt) nested 100,000 deep inside a table cell, the text innermost.
    depth = 100000
    sdt = "<w:sdt><w:sdtContent>" * depth + para(REPORT[4]) + "</w:sdtContent></w:sdt>" * depth
    cell_sdt = "<w:tbl><w:tr><w:tc>" + sdt + "</w:tc></w:tr></w:tbl>"
    docx(os.path.join(out, "nested-sdt.docx"), document_xml("".join(para(t) for t in REPORT[:3]) + cell_sdt), stored=True)
    # A table whose cells each span 1,000 grid columns: 200 rows of 100 cells.
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr>' + para("区教体中心") + "</w:tc>"
    wide = "<w:tbl>" + ("<w:tr>" + cell * 100 + "</w:tr>") * 200 + "</w:tbl>"
    docx(os.path.join(out, "wide-spans.docx"), document_xml("".join(para(t) for t in REPORT[:3]) + wide), stored=True)
    # A zip bomb: 1 GB of spaces inside one paragraph, deflated (about 1 MB).
    with zipfile.ZipFile(os.path.join(out, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(('<?xml version="1.0"?><w:document %s><w:body><w:p><w:r><w:t>' % W).encode())
            chunk = b" " * (1 << 20)
            for _ in range(1024):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    # A web page of <div> nested 100,000 deep, and of <table> nested 10,000 deep.
    page = "<html><head><meta charset=\"utf-8\"></head><body>" + "".join("<p>%s</p>" % t for t in REPORT[:3])
    write(out, "nested-divs.html", page + "<div>" * 100000 + REPORT[4] + "</div>" * 100000 + "</body></html>")
    write(out, "nested-tables.html", page + "<table><tr><td>" * 10000 + REPORT[4] +
          "</td></tr></table>" * 10000 + "</body></html>")
    # A zip with 100,000 entries besides a good report.
    with zipfile.ZipFile(os.path.join(out, "many-entries.docx"), "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml("".join(para(t) for t in REPORT)))
        for i in range(100000):
            z.writestr("word/media/e%06d.txt" % i, b"")
    # A 200 MB single paragraph: as text and as .docx (varied text, so it is no bomb by ratio).
    unit = "".join(REPORT[4][:-1] + "第%d项；" % i for i in range(1000))
    reps = (200 << 20) // len(unit.encode())
    body = "\n".join(REPORT[:3]) + "\n" + unit * reps + "。\n"
    write(out, "paragraph-200mb.txt", body)
    # 5,000 pages of text.
    write(out, "pages-5000.pdf", text_pdf(["Page %d of the district report: 120 meetings held." % (i + 1)
                                           for i in range(5000)]))


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    small(out)
    if "--big" in sys.argv:
        big(out)
