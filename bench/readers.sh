#!/usr/bin/env bash
# Times the document readers on a 100-task .docx (paragraphs and a 100-row task table) and
# its PDF made by LibreOffice (about 100 pages). Needs python3-docx, LibreOffice and a built
# build/ (cmake --build build --target plancheck_core). Usage: bench/readers.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work=bench/work/readers
mkdir -p "$work"
if [ ! -f "$work/plan-100.pdf" ]; then
  /usr/bin/python3 - "$work" <<'PY'
import sys
from docx import Document
from docx.shared import Pt
out = sys.argv[1]
d = Document()
d.add_paragraph("某市2024年重点工作任务分工方案")
for i in range(1, 101):
    d.add_paragraph(f"{i}.推进第{i}项重点工作。2024年11月30日前完成第{i}批项目建设，"
                    f"（牵头单位：市发展改革委；责任单位：市财政局、市住建局、各区县人民政府）" * 3)
    d.add_paragraph("各责任单位要细化工作措施，明确时间节点，按季度报送进展情况，确保按期完成。" * 4)
t = d.add_table(rows=1, cols=5)
for c, h in zip(t.rows[0].cells, ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]):
    c.text = h
for i in range(1, 101):
    cells = t.add_row().cells
    for c, v in zip(cells, [str(i), f"第{i}项重点工作", "市发展改革委", "市财政局、市住建局", "2024年11月底前"]):
        c.text = v
d.save(f"{out}/plan-100.docx")
PY
  soffice --headless --norestore -env:UserInstallation="file://$PWD/$work/profile" --convert-to pdf \
    --outdir "$work" "$work/plan-100.docx" >/dev/null 2>&1
fi
g++ -std=c++17 -O2 -Ichecker bench/read_source.cc build/libplancheck_core.a \
  $(pkg-config --libs libzip poppler-cpp libxml-2.0 libutf8proc) -lpugixml -o "$work/read_source"
echo "pages: $(pdfinfo "$work/plan-100.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"
"$work/read_source" --runs "$runs" "$work/plan-100.docx" "$work/plan-100.pdf"
