#!/usr/bin/env python3
"""Stress corpora for the text rules, to compare two builds' findings byte for byte.

  bench/text_stress.py BENCH_CORPUS OUT_DIR

Writes OUT_DIR/figures/ (20 reports whose narratives state figures of related subjects
in a few measure words: conflicting-figures fires often, on subjects that end one another)
and OUT_DIR/passages/ (10 reports recombining a few phrases with spaces and line breaks:
duplicate-passage fires often), each built on the first report of BENCH_CORPUS (a
bench/gen_corpus.py output). Deterministic. Check them with the corpus's plan, e.g.

  plancheck check --plan BENCH_CORPUS/plan.xml --as-of 2024-06-30 --format json OUT_DIR/figures
"""
import glob
import os
import random
import re
import sys

SUBJECTS = ["民族团结进步示范单位", "自治区级民族团结进步示范单位", "市级民族团结进步示范单位", "示范单位", "活动",
            "宣传活动", "开展宣传活动", "组织开展宣传活动", "进步示范单位", "团结进步示范单位", "培训人员", "基层干部培训人员"]
UNITS = ["个", "场", "次", "人次", "万人次"]
QUALIFIERS = ["", "", "超过", "约", "近"]
SEPARATORS = ["，", "。", "；", "、", " ", ""]
WORDS = ["民族团结", "进步", "示范", "创建", "工作", "深入", "推进", "各族群众", "交往交流交融", "宣传", "教育",
         " ", "　", "\n", "，", "。", "哈哈", "哈"]


def with_narrative(base, sections):
    return re.sub(r"<narrative>.*</narrative>", "<narrative>" + "".join(sections) + "</narrative>", base, flags=re.S)


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    base = open(sorted(glob.glob(os.path.join(corpus, "reports", "*.xml")))[0], encoding="utf-8").read()
    rng = random.Random(3)
    os.makedirs(os.path.join(out, "figures"), exist_ok=True)
    for k in range(20):
        sections = []
        for s in range(30):
            paragraphs = []
            for _ in range(rng.randint(1, 3)):
                text = "".join(rng.choice(SEPARATORS) + rng.choice(SUBJECTS) + rng.choice(QUALIFIERS) +
                               str(rng.choice([3, 4, 14, 27, 30])) + rng.choice(UNITS)
                               for _ in range(rng.randint(1, 12)))
                paragraphs.append("<p>" + text + "。</p>")
            sections.append(f'<section title="s{s}">' + "".join(paragraphs) + "</section>")
        with open(os.path.join(out, "figures", f"r{k:02d}.xml"), "w", encoding="utf-8") as f:
            f.write(with_narrative(base, ["<p>x</p>"] + sections))
    rng = random.Random(5)
    os.makedirs(os.path.join(out, "passages"), exist_ok=True)
    for k in range(10):
        pool = ["".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30))) for _ in range(20)]
        sections = []
        for s in range(40):
            paragraphs = ["<p>" + "".join(rng.choice(pool) for _ in range(rng.randint(1, 6))) + "</p>"
                          for _ in range(rng.randint(1, 4))]
            sections.append(f'<section title="s{s}">' + "".join(paragraphs) + "</section>")
        with open(os.path.join(out, "passages", f"r{k:02d}.xml"), "w", encoding="utf-8") as f:
            f.write(with_narrative(base, sections))


if __name__ == "__main__":
    main()
