#!/usr/bin/env python3
"""Deterministic benchmark corpus for plancheck.

Writes, into OUT_DIR:
  plan.xml          one plan (实施方案) with 20 tasks, valid against schemas/plan.xsd
  reports/*.xml     N progress reports (进展报告), 5-15 KB each, realistic Chinese text
                    with metrics, budgets and evidence, valid against schemas/report.xsd
  reports/attachments/  the files the reports' evidence points at
  defects.json      every injected defect {file, task, rule} and the count per rule,
                    for the seven rules the benchmark verifies
  rules.sch         the Schematron for those seven rules, with the plan's data inlined
  big/big.xml       (with --big-mb) one report of that size, its defects in big/defects.json

Same arguments, same bytes: every choice comes from random.Random(seed).

  gen_corpus.py OUT_DIR [--reports N] [--seed S] [--big-mb M]
"""
import argparse
import json
import os
import random
from xml.sax.saxutils import escape

AS_OF = "2024-06-30"
PLAN_ID = "江北委办发〔2024〕12号"
ISSUED = "2024-02-20"
REPORTING_DUE = "2024-07-10"
CHECKED_RULES = ["lead-unit-named", "lead-unit-matches", "deadline-stated", "deadline-overdue",
                 "budget-included", "task-known", "task-coverage"]

UNITS = ["区政工部", "区文明办", "区教体中心", "区文化旅游局", "区住建局", "区农业农村局",
         "区经济发展局", "区社保中心", "区卫健局", "区市场监管局", "区司法局", "区融媒体中心"]
ALIASES = {"区政工部": ["政工部"], "区融媒体中心": ["融媒体中心", "区融媒中心"]}
COLLECTIVE = "各镇（街道）"
# Deadlines before AS_OF (a task not done by then is overdue) and well after it (more
# than the 14-day due-soon window away).
PAST_DEADLINES = [("2024-03-31", "2024年3月底前"), ("2024-04-30", "2024年4月底前"),
                  ("2024-05-31", "2024年5月底前"), ("2024-06-15", "2024年6月15日前"),
                  ("2024-06-28", "2024年6月28日前")]
FUTURE_DEADLINES = [("2024-09-30", "2024年9月底前"), ("2024-10-31", "2024年10月底前"),
                    ("2024-11-30", "2024年11月底前"), ("2024-12-31", "2024年底前"),
                    ("2024-08-31", "2024年8月底前"), ("2024-12-15", "2024年12月15日前"),
                    ("2024-09-15", "2024年9月15日前")]
OPEN_WORDING = ["持续推进", "长期坚持", "即日起"]

TASK_TITLES = [
    "加强党政干部铸牢中华民族共同体意识教育", "深化各族师生民族团结进步教育", "建设有影响力的教育实践基地",
    "建设立体多维宣传平台", "推动各民族走向共同富裕", "拓宽少数民族群众就业增收渠道",
    "全面落实“三项计划”", "推进各民族人口互嵌融居", "实施民族工作“红石榴”品牌建设行动",
    "丰富各民族文化体育交流活动", "推动民族政策精准化贯彻落实", "推进民族工作网格化服务管理体系建设",
    "建立健全防范化解风险隐患工作机制", "依法处置涉民族因素矛盾纠纷", "加强少数民族流动人口服务管理",
    "提升基层公共文化服务水平", "推进城乡社区民族团结进步创建", "强化民族领域法治宣传教育",
    "完善民族工作考核评价机制", "加强民族工作干部队伍建设"]
TARGETS = {3: ("市级教育实践基地", 1, "处", "至少1处"), 6: ("新增就业岗位", 200, "个", "不少于200个"),
           10: ("文化体育交流活动", 12, "场", "全年不少于12场"), 16: ("基层文化服务点", 30, "个", "至少30个"),
           17: ("民族团结进步示范社区", 5, "个", "至少5个")}

# Progress sentences: {n} is a figure, each template used at most once per scope so no
# 30-character passage repeats and no subject gets two values.
SENTENCES = [
    "组织开展铸牢中华民族共同体意识专题宣讲{n}场次，覆盖机关干部和基层群众",
    "依托新时代文明实践站举办民族团结进步主题活动{n}期，参与群众踊跃",
    "在辖区中小学开设民族团结进步教育专题课{n}节，推动相关内容进教材、进课堂、进头脑",
    "联合区融媒体平台刊发工作动态和典型经验稿件{n}篇，营造浓厚社会氛围",
    "深入走访少数民族家庭{n}户，详细了解生产生活困难并建立帮扶台账",
    "协调落实少数民族群众就业岗位{n}个，开展订单式职业技能培训",
    "围绕“红石榴”品牌建设打造特色示范点位{n}处，形成可复制可推广的经验做法",
    "排查化解涉民族因素矛盾纠纷{n}起，做到早发现、早报告、早处置",
    "将民族工作纳入网格化服务管理，配备专兼职网格员{n}名，实现辖区全覆盖",
    "开展民族政策法规进社区、进企业、进校园宣传活动{n}次，发放宣传资料",
    "组织各族青少年开展交流研学和结对联谊活动{n}批次，增进相互了解",
    "统筹专项资金支持少数民族特色产业项目{n}个，带动群众稳定增收",
    "举办民族团结进步知识竞赛和主题征文活动，收到参赛作品{n}件",
    "完善民族工作联席会议制度，本季度召开专题调度会议{n}次",
    "对照创建标准逐项梳理工作台账，形成问题清单并完成整改事项{n}项",
    "邀请专家学者开展铸牢中华民族共同体意识理论辅导讲座{n}场",
    "在重要节日期间组织各族群众共同参与的文艺演出和体育比赛{n}场",
    "为少数民族流动人口提供就医、就学、法律援助等服务{n}人次",
    "建设民族团结进步宣传长廊和主题文化墙{n}处，打造沉浸式宣传阵地",
    "开展民族团结进步示范单位创建申报指导，新培育创建单位{n}家",
    "组织党员干部赴爱国主义教育基地开展现场教学{n}批次，强化理想信念教育",
    "依托线上平台推送民族团结进步微视频和图文作品{n}条，累计阅读量持续增长",
    "对基层民族工作干部开展业务轮训{n}人次，提升依法管理民族事务能力",
    "结合乡村振兴实施少数民族聚居村人居环境整治项目{n}个，群众满意度明显提升",
    "建立少数民族困难群众动态监测机制，纳入重点帮扶对象{n}人",
    "推动公共文化场馆免费开放，接待各族群众参观{n}人次",
]
CLOSINGS = ["下一步，将对标对表方案要求，压实工作责任，确保各项任务按期完成",
            "工作中仍存在宣传形式不够丰富、基层力量相对薄弱等问题，将在下阶段重点解决",
            "下阶段将加强统筹调度和督导检查，推动创建工作取得更大实效",
            "同时注重总结提炼经验做法，及时报送典型案例和工作信息"]
NARRATIVE = [
    "本季度，我单位坚持以铸牢中华民族共同体意识为主线，把示范区创建工作摆在突出位置，成立工作专班，细化任务分工，建立周调度、月通报工作机制",
    "主要负责同志多次召开专题会议研究部署创建工作，分管负责同志深入一线督导推进，形成了一级抓一级、层层抓落实的工作格局",
    "在推进过程中，注重把创建工作与中心工作结合起来，与基层治理、乡村振兴、文明创建等工作同部署、同推进、同考核",
    "对照实施方案确定的目标任务，逐项建立工作台账，明确责任人和完成时限，实行销号管理，确保件件有落实、事事有回音",
    "加强与相关部门的沟通协作，主动对接区直有关单位和各镇街道，形成工作合力，共同推动各项任务落地见效",
    "坚持问题导向，对照上级督导反馈意见认真查找短板弱项，制定整改措施，明确整改时限，推动问题整改到位",
    "注重宣传引导，充分利用报刊、广播电视和新媒体平台，广泛宣传创建工作的重要意义和进展成效，营造了人人参与创建的良好氛围",
    "总体来看，各项工作进展顺利，但也存在部分任务推进不平衡、基层工作力量不足、经费保障还需加强等问题",
]
SECTION_TITLES = ["主要做法", "工作成效", "典型经验", "基层实践", "下步打算"]
SOURCES = ["区级财政预算", "民族工作专项资金", "部门预算公用经费", "上级转移支付资金", "乡村振兴衔接资金"]
ATTACHMENTS = ["huiyi-jiyao.pdf", "huodong-zhaopian.jpg", "gongzuo-taizhang.xlsx", "xuanjiang-qiandao.pdf",
               "zhenggai-qingdan.docx", "meiti-baodao.pdf", "peixun-mingdan.xlsx", "xiangmu-hetong.pdf"]


def build_plan_tasks(rng):
    """Twenty plan tasks: leads, responsible units, deadlines, targets."""
    tasks = []
    past = list(PAST_DEADLINES)
    future = list(FUTURE_DEADLINES)
    load = {u: 0 for u in UNITS}  # tasks per unit so far: every unit gets its share
    for i in range(1, 21):
        units = sorted(UNITS, key=lambda u: (load[u], rng.random()))[:4]
        rng.shuffle(units)
        # Tasks 19 and 20 name only 责任单位, like seed 003: any responsible unit may lead.
        leads = [] if i >= 19 else units[: rng.choice([1, 1, 2])]
        responsible = [u for u in units if u not in leads][: rng.choice([1, 2, 3])]
        for u in leads + responsible:
            load[u] += 1
        deadline = None
        if i % 5 in (1, 3) and past:
            deadline = past.pop(0)
        elif i % 5 in (2, 4) and future:
            deadline = future.pop(0)
        tasks.append({"id": str(i), "title": TASK_TITLES[i - 1], "leads": leads, "responsible": responsible,
                      "deadline": deadline, "target": TARGETS.get(i)})
    return tasks


def accepted_leads(task):
    """The names a report may give as the task's lead (leads, else responsible units)."""
    names = task["leads"] or task["responsible"]
    out = []
    for n in names:
        out.append(n)
        out.extend(ALIASES.get(n, []))
    return out


def plan_xml(tasks):
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         f'<plan xmlns="urn:plancheck:plan:1" id="{PLAN_ID}" issued="{ISSUED}">',
         "  <title>江北新区铸牢中华民族共同体意识示范区创建工作实施方案</title>",
         "  <issuer>中共江北新区工作委员会办公室</issuer>"]
    for s in range(4):
        x.append(f'  <section title="（{"一二三四"[s]}）第{"一二三四"[s]}部分重点任务">')
        for t in tasks[s * 5:(s + 1) * 5]:
            x.append(f'    <task id="{t["id"]}">')
            x.append(f'      <title>{t["title"]}</title>')
            x.append(f'      <text>围绕{t["title"]}，明确责任分工，细化工作措施，确保取得实效。</text>')
            x.extend(f"      <lead>{u}</lead>" for u in t["leads"])
            x.extend(f"      <responsible>{u}</responsible>" for u in t["responsible"])
            x.append(f"      <responsible>{COLLECTIVE}</responsible>")
            if t["deadline"]:
                x.append(f'      <deadline text="{t["deadline"][1]}">{t["deadline"][0]}</deadline>')
            if t["target"]:
                m, lo, unit, text = t["target"]
                x.append(f'      <target metric="{m}" min="{lo}" unit="{unit}" text="{text}"/>')
            x.append("    </task>")
        x.append("  </section>")
    x.append('  <budget required="true" text="把示范创建工作经费列入同级财政预算予以保障"/>')
    x.append('  <milestone date="2024-12-31" text="2024年底前要取得阶段性成果"/>')
    x.append(f'  <reporting due="{REPORTING_DUE}"/>')
    x.append("  <units>")
    for u in UNITS:
        aliases = "".join(f"<alias>{a}</alias>" for a in ALIASES.get(u, []))
        x.append(f'    <unit name="{u}">{aliases}</unit>' if aliases else f'    <unit name="{u}"/>')
    x.append(f'    <unit name="{COLLECTIVE}" collective="true"/>')
    x.append("  </units>")
    x.append("</plan>")
    return "\n".join(x) + "\n"


def covered_tasks(tasks, unit):
    return [t for t in tasks if unit in t["leads"] or unit in t["responsible"]]


def paragraphs(rng, counts, pool=SENTENCES, figures=True):
    """len(counts) paragraphs of counts[i] sentences, no sentence used twice among them
    (they share one scope for the text rules)."""
    picked = rng.sample(pool, min(sum(counts), len(pool)))
    out, start = [], 0
    for c in counts:
        parts = [s.format(n=rng.randint(2, 980)) if figures else s for s in picked[start:start + c]]
        out.append("；".join(parts) + "。")
        start += c
    return out


def prose(rng, count):
    return paragraphs(rng, [count])[0]


def lead_variant(rng, name):
    """A clean way of writing a valid lead: as the plan does, an alias, or with spaces."""
    r = rng.random()
    if r < 0.1 and name in ALIASES:
        return rng.choice(ALIASES[name])
    if r < 0.15:
        return f" {name} "
    return name


class Report:
    """One report's tasks, defects, and XML."""

    def __init__(self, rng, tasks, unit, name, sentences_per_task):
        self.rng, self.unit, self.name = rng, unit, name
        self.defects = []
        self.entries = []  # (task-or-None, dict of how to write it)
        for t in covered_tasks(tasks, unit):
            self.entries.append(self.clean_entry(t, sentences_per_task))

    def clean_entry(self, t, sentences):
        rng = self.rng
        names = t["leads"] or t["responsible"]
        e = {"ref": t["id"], "task": t, "leads": [lead_variant(rng, n) for n in names[: rng.choice([1, len(names)])]],
             "status": rng.choice(["in-progress", "in-progress", "done"]),
             "deadline": None, "budget": ("true", rng.choice(SOURCES), rng.randint(2, 400) * 1000),
             "sentences": sentences, "metric": None, "evidence": []}
        if t["deadline"]:
            iso, words = t["deadline"]
            if iso < AS_OF:
                e["status"] = "done"
            e["deadline"] = iso if rng.random() < 0.6 or "日前" in words else words
        if t["target"]:
            m, lo, unit, _ = t["target"]
            value = lo + rng.randint(0, 3 * lo) if e["status"] == "done" else rng.randint(0, lo)
            e["metric"] = (m, value, unit)
        if e["status"] == "done" or rng.random() < 0.3:
            e["evidence"] = [rng.choice(ATTACHMENTS)]
        return e

    def inject(self, rule, unknown_refs):
        """Make one defect of `rule` on a task that has none yet; False when none fits."""
        rng = self.rng
        clean = [e for e in self.entries if not e.get("defect") and e["task"] is not None]
        if rule == "task-known":
            ref = rng.choice(unknown_refs)
            e = {"ref": ref, "task": None, "leads": [self.unit], "status": "in-progress", "deadline": None,
                 "budget": ("true", SOURCES[0], 50000), "sentences": 6, "metric": None, "evidence": [],
                 "defect": rule}
            self.entries.insert(rng.randint(0, len(self.entries)), e)
        else:
            fits = {
                "lead-unit-named": clean,
                "lead-unit-matches": clean,
                "deadline-stated": [e for e in clean if e["task"]["deadline"] and e["task"]["deadline"][0] > AS_OF],
                "deadline-overdue": [e for e in clean if e["task"]["deadline"] and e["task"]["deadline"][0] < AS_OF],
                "budget-included": clean,
                "task-coverage": clean if len(clean) > 1 else [],
            }[rule]
            if not fits:
                return False
            e = rng.choice(fits)
            e["defect"] = rule
            ref = e["ref"]
            if rule == "lead-unit-named":
                e["leads"] = rng.choice([[], [""], ["\u3000"], ["  "]])
            elif rule == "lead-unit-matches":
                ok = set(accepted_leads(e["task"]))
                e["leads"] = [rng.choice([u for u in UNITS if u not in ok])]
            elif rule == "deadline-stated":
                e["deadline"] = rng.choice([None, rng.choice(OPEN_WORDING)])
            elif rule == "deadline-overdue":
                e["status"] = rng.choice(["in-progress", "in-progress", "blocked", "not-started"])
                if e["metric"]:
                    e["metric"] = (e["metric"][0], 0, e["metric"][2])
            elif rule == "budget-included":
                e["budget"] = rng.choice([None, ("false", SOURCES[2], 30000), ("true", "", 30000)])
            elif rule == "task-coverage":
                self.entries.remove(e)
        self.defects.append({"file": self.name, "task": ref, "rule": rule})
        return True

    def xml(self, submitted, narrative_paragraphs, target_bytes=0):
        """The report; narrative sections (一、主要做法 …) are added until it reaches
        `target_bytes`."""
        rng = self.rng
        x = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<report xmlns="urn:plancheck:report:1" plan="{PLAN_ID}"',
             f'        unit="{self.unit}" submitted="{submitted}" period-from="2024-04-01" period-to="2024-06-30">']
        for e in self.entries:
            x.append(f'  <task ref="{e["ref"]}" status="{e["status"]}">')
            x.extend(f"    <lead>{escape(l)}</lead>" for l in e["leads"])
            if e["deadline"]:
                x.append(f'    <deadline>{e["deadline"]}</deadline>')
            text = prose(rng, e["sentences"])
            if e["metric"]:
                m, v, u = e["metric"]
                text = f"截至目前，已完成{m}{v}{u}。" + text
            text += rng.choice(CLOSINGS) + "。"
            x.append(f"    <progress>{text}</progress>")
            if e["metric"]:
                m, v, u = e["metric"]
                x.append(f'    <metric name="{m}" value="{v}" unit="{u}"/>')
            b = e["budget"]
            if b:
                src = f' source="{b[1]}"' if b[1] else ""
                x.append(f'    <budget included="{b[0]}"{src} amount="{b[2]}" currency="CNY"/>')
            for a in e["evidence"]:
                x.append(f'    <evidence href="attachments/{a}">{e["ref"]}号任务佐证材料</evidence>')
            x.append("  </task>")
        x.append("  <narrative>")
        per_paragraph = len(NARRATIVE) // max(narrative_paragraphs, 1)
        for p in paragraphs(rng, [per_paragraph] * narrative_paragraphs, NARRATIVE, figures=False):
            x.append(f"    <p>{p}</p>")
        size = sum(len(line.encode("utf-8")) + 1 for line in x) + len("  </narrative>\n</report>\n")
        section = 0
        while size < target_bytes:
            section += 1
            lines = [f'    <section title="{SECTION_TITLES[section % len(SECTION_TITLES)]}（{section}）">']
            lines.extend(f"      <p>{p}</p>" for p in paragraphs(rng, [rng.randint(4, 7) for _ in range(3)]))
            lines.append("    </section>")
            grown = size + sum(len(line.encode("utf-8")) + 1 for line in lines)
            if grown > target_bytes:
                break
            x.extend(lines)
            size = grown
        x.append("  </narrative>")
        x.append("</report>")
        return "\n".join(x) + "\n"


def write_attachments(folder):
    for a in ATTACHMENTS:
        with open(os.path.join(folder, a), "w", encoding="utf-8") as f:
            f.write(f"佐证材料 {a}\n")


def generate_reports(rng, tasks, count, out_dir):
    os.makedirs(os.path.join(out_dir, "reports", "attachments"), exist_ok=True)
    write_attachments(os.path.join(out_dir, "reports", "attachments"))
    unknown_refs = ["21", "22", "25", "99", "3.1", "0"]
    defects = []
    sizes = []
    for i in range(count):
        unit = UNITS[i % len(UNITS)]
        name = f"r{i:05d}-{UNITS.index(unit):02d}.xml"
        # At most 15 KB: units with many tasks write fewer sentences per task.
        room = (12500 // max(len(covered_tasks(tasks, unit)), 1) - 450) // 110
        report = Report(rng, tasks, unit, name, rng.randint(3, max(3, min(7, room))))
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            for _attempt in range(5):
                if report.inject(rng.choice(CHECKED_RULES), unknown_refs):
                    break
        day = rng.randint(20, 30)
        # 5-15 KB, 12 KB on average: narrative sections fill what the tasks leave.
        text = report.xml(f"2024-06-{day:02d}", rng.randint(1, 3), int(rng.triangular(7600, 15360, 15360)))
        data = text.encode("utf-8")
        sizes.append(len(data))
        with open(os.path.join(out_dir, "reports", name), "wb") as f:
            f.write(data)
        defects.extend(report.defects)
    return defects, sizes


def generate_big(rng, tasks, megabytes, out_dir):
    """One report of about `megabytes` MB: a compilation (汇编) whose narrative carries
    one section per contribution, after the unit's own tasks."""
    os.makedirs(os.path.join(out_dir, "big", "attachments"), exist_ok=True)
    write_attachments(os.path.join(out_dir, "big", "attachments"))
    report = Report(rng, tasks, UNITS[0], "big.xml", 8)
    for rule in ["lead-unit-matches", "budget-included", "task-known", "deadline-overdue"]:
        report.inject(rule, ["99"])
    data = report.xml("2024-06-25", 2, int(megabytes * 1_000_000)).encode("utf-8")
    with open(os.path.join(out_dir, "big", "big.xml"), "wb") as f:
        f.write(data)
    write_defects(os.path.join(out_dir, "big", "defects.json"), report.defects, [len(data)])


def write_defects(path, defects, sizes):
    counts = {r: sum(1 for d in defects if d["rule"] == r) for r in CHECKED_RULES}
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"as_of": AS_OF, "counts": counts, "reports": len(sizes), "bytes": sum(sizes),
                   "defects": defects}, f, ensure_ascii=False, indent=1)


def or_equal(expr, names):
    """XPath: expr equals one of names (after whitespace trimming on the document side)."""
    return " or ".join(f"normalize-space({expr})='{n}'" for n in names)


def schematron(tasks):
    """The seven rules in ISO Schematron (XPath 1.0), the plan's data written into it.
    libxml2 compiles rule contexts as patterns without predicates, so every condition
    on the task is in the test."""
    blank = "normalize-space(translate(., '\u3000', ' '))=''"
    known = " or ".join(f"@ref='{t['id']}'" for t in tasks)
    with_deadline = " or ".join(f"@ref='{t['id']}'" for t in tasks if t["deadline"])
    past_deadline = " or ".join(f"@ref='{t['id']}'" for t in tasks if t["deadline"] and t["deadline"][0] < AS_OF)
    open_ended = " or ".join(f"normalize-space(.)='{w}'" for w in OPEN_WORDING)
    lead_ok = " or ".join(f"(../@ref='{t['id']}' and ({or_equal('.', accepted_leads(t))}))" for t in tasks)
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<schema xmlns="http://purl.oclc.org/dsdl/schematron">',
         '  <ns prefix="r" uri="urn:plancheck:report:1"/>',
         '  <pattern id="lead-unit-named">', '    <rule context="r:task">',
         f'      <assert test="r:lead[not({blank})]">[lead-unit-named]</assert>',
         "    </rule>", "  </pattern>",
         '  <pattern id="lead-unit-matches">', '    <rule context="r:task/r:lead">',
         f"      <assert test=\"{blank} or not(../{known.replace(' or @', ' or ../@')}) or {lead_ok}\">"
         '[lead-unit-matches]</assert>',
         "    </rule>", "  </pattern>",
         '  <pattern id="deadline-stated">', '    <rule context="r:task">',
         f"      <assert test=\"not({with_deadline}) or r:deadline[normalize-space(.)!='' and not({open_ended})]\">"
         "[deadline-stated]</assert>",
         "    </rule>", "  </pattern>",
         '  <pattern id="deadline-overdue">', '    <rule context="r:task">',
         f"      <assert test=\"not({past_deadline}) or @status='done'\">[deadline-overdue]</assert>",
         "    </rule>", "  </pattern>",
         '  <pattern id="budget-included">', '    <rule context="r:task">',
         "      <assert test=\"r:budget[(@included='true' or @included='1') and normalize-space(@source)!='']\">"
         "[budget-included]</assert>",
         "    </rule>", "  </pattern>",
         '  <pattern id="task-known">', '    <rule context="r:task">',
         f'      <assert test="{known}">[task-known]</assert>',
         "    </rule>", "  </pattern>",
         '  <pattern id="task-coverage">', '    <rule context="/r:report">']
    for unit in UNITS:
        for t in covered_tasks(tasks, unit):
            x.append(f"      <assert test=\"normalize-space(@unit)!='{unit}' or r:task[@ref='{t['id']}']\">"
                     f"[task-coverage] task={t['id']}</assert>")
    x += ["    </rule>", "  </pattern>", "</schema>"]
    return "\n".join(x) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--big-mb", type=float, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    tasks = build_plan_tasks(rng)
    os.makedirs(a.out_dir, exist_ok=True)
    with open(os.path.join(a.out_dir, "plan.xml"), "w", encoding="utf-8") as f:
        f.write(plan_xml(tasks))
    with open(os.path.join(a.out_dir, "rules.sch"), "w", encoding="utf-8") as f:
        f.write(schematron(tasks))
    defects, sizes = generate_reports(random.Random(a.seed + 1), tasks, a.reports, a.out_dir)
    write_defects(os.path.join(a.out_dir, "defects.json"), defects, sizes)
    if a.big_mb:
        generate_big(random.Random(a.seed + 2), tasks, a.big_mb, a.out_dir)


if __name__ == "__main__":
    main()
