// The review of an imported plan: what a supervisor holds against the document. Each task's
// row says what was read and what the reader is unsure of (no unit, a unit that holds a
// label, a deadline whose year was supplied by the plan's year, a repeated id), so the eye
// goes to the rows that need it; the warnings follow with their places.
#include "plan_review.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "dates.h"
#include "display_width.h"
#include "numerals.h"

namespace plancheck {

namespace {

bool en(const std::string& lang) { return lang == "en"; }
const char* pick(const std::string& lang, const char* zh, const char* english) { return en(lang) ? english : zh; }

std::vector<std::string> children_text(pugi::xml_node node, const char* name) {
  std::vector<std::string> out;
  for (pugi::xml_node child : node.children(name)) out.emplace_back(child.text().get());
  return out;
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// The code points of `s` with their byte lengths, for cutting by display width.
std::vector<std::string> characters(std::string_view s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    CodePoint cp = decode_code_point(s, i);
    out.emplace_back(s.substr(i, cp.length));
    i += cp.length;
  }
  return out;
}

std::string shorten(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  for (const std::string& c : characters(s)) {
    if (display_width(out) + display_width(c) + 1 > width) break;
    out += c;
  }
  return out + "…";
}

// `s` in lines of at most `width` columns, broken after 、 or ， where one is near.
std::vector<std::string> wrap(const std::string& s, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t last_break = std::string::npos;  // byte length of `line` after its last 、
  for (const std::string& c : characters(s)) {
    // Punctuation stays with the name before it, even one column over.
    bool hangs = c == "、" || c == "，" || c == "；" || c == "）" || c == ")" || c == "," || c == "。";
    if (display_width(line) + display_width(c) > width && !line.empty() && !hangs) {
      if (last_break != std::string::npos && last_break > line.size() / 2) {
        lines.push_back(line.substr(0, last_break));
        line = line.substr(last_break);
      } else {
        lines.push_back(line);
        line.clear();
      }
      last_break = std::string::npos;
    }
    line += c;
    if (c == "、" || c == "，" || c == "," || c == "；" || c == " ") last_break = line.size();
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

struct ReviewDeadline {
  std::string date;  // YYYY-MM-DD, or "每年9月" / "yearly 9"
  std::string text;  // the wording
  bool year_supplied = false;
  bool recurring = false;
  int month = 0;
};

struct ReviewTask {
  std::string id, title;
  std::vector<std::string> leads, responsible, unsure_zh, unsure_en;
  std::vector<ReviewDeadline> deadlines;
};

// A unit name that still holds the words around it: a label (牵头单位), a colon, an
// unbalanced bracket.
bool looks_unread(const std::string& unit) {
  if (unit.find("：") != std::string::npos || unit.find(":") != std::string::npos) return true;
  // 各项目牵头单位, 各责任单位: every unit in that role, a collective as 各有关单位 is, no label.
  const bool each = unit.rfind("各", 0) == 0;
  for (const char* word : {"牵头单位", "责任单位", "配合单位", "协办单位", "参与单位", "牽頭單位", "責任單位"}) {
    const std::string_view w(word);
    if (unit.find(w) != std::string::npos && !(each && unit.size() >= w.size() && unit.compare(unit.size() - w.size(), w.size(), w) == 0))
      return true;
  }
  int depth = 0;
  for (const std::string& c : characters(unit)) {
    if (c == "（" || c == "(" || c == "〔" || c == "[" || c == "【" || c == "［") ++depth;
    if (c == "）" || c == ")" || c == "〕" || c == "]" || c == "】" || c == "］") --depth;
    if (depth < 0) return true;
  }
  return depth != 0;
}

// The task each warning falls in: at or after the task's line and before the next task's
// (the last task's paragraph is taken to end a few lines on). Index into `tasks` per warning.
constexpr int kLastTaskLines = 4;

void attach_warnings(std::vector<ReviewTask>& tasks, const std::vector<ImportWarning>& warnings,
                     const TaskLines& task_lines, const std::string& lang) {
  if (task_lines.size() != tasks.size()) return;  // not the same import: attach nothing
  for (const ImportWarning& w : warnings) {
    if (w.line <= 0) continue;
    for (size_t t = 0; t < task_lines.size(); ++t) {
      int from = task_lines[t].second;
      int to = t + 1 < task_lines.size() ? task_lines[t + 1].second : from + kLastTaskLines;
      if (w.line < from || w.line >= to || task_lines[t].first != tasks[t].id) continue;
      tasks[t].unsure_zh.push_back(w.zh);
      tasks[t].unsure_en.push_back(w.en);
      (void)lang;
      break;
    }
  }
}

// The importer's notes on tasks (PlanImport::review_notes), each in its task's row. A note of
// where a deadline's year came from takes the place of the review's own 按方案年份.
void attach_notes(std::vector<ReviewTask>& tasks, const std::vector<ReviewNote>& notes, const TaskLines& task_lines) {
  if (task_lines.size() != tasks.size()) return;  // not the same import: attach nothing
  for (const ReviewNote& note : notes) {
    if (note.task >= tasks.size() || task_lines[note.task].first != tasks[note.task].id) continue;
    ReviewTask& task = tasks[note.task];
    if (note.year)
      for (size_t k = 0; k < task.unsure_zh.size(); ++k)
        if (ends_with(task.unsure_zh[k], "”未写年份，按方案年份")) {
          task.unsure_zh.erase(task.unsure_zh.begin() + static_cast<long>(k));
          task.unsure_en.erase(task.unsure_en.begin() + static_cast<long>(k));
          break;
        }
    task.unsure_zh.push_back(note.zh);
    task.unsure_en.push_back(note.en);
  }
}

std::vector<ReviewTask> read_tasks(const pugi::xml_document& plan) {
  std::vector<ReviewTask> tasks;
  std::map<std::string, int> seen;
  for (const pugi::xpath_node& node : plan.select_nodes("//task")) {
    pugi::xml_node t = node.node();
    ReviewTask task;
    task.id = t.attribute("id").value();
    task.title = t.child("title").text().get();
    if (task.title.empty()) task.title = t.child("text").text().get();
    task.leads = children_text(t, "lead");
    task.responsible = children_text(t, "responsible");
    for (pugi::xml_node d : t.children("deadline")) {
      ReviewDeadline deadline;
      deadline.text = d.attribute("text").value();
      if (std::string(d.attribute("recurs").value()) == "yearly") {
        deadline.recurring = true;
        deadline.month = d.attribute("month").as_int();
      } else {
        deadline.date = d.text().get();
        deadline.year_supplied = !deadline.text.empty() && !names_year(deadline.text);
      }
      task.deadlines.push_back(deadline);
    }
    if (task.leads.empty() && task.responsible.empty()) {
      task.unsure_zh.push_back("没有读到单位");
      task.unsure_en.push_back("no unit read");
    } else if (task.leads.empty()) {
      task.unsure_zh.push_back("没有牵头单位");
      task.unsure_en.push_back("no lead");
    }
    for (const auto* list : {&task.leads, &task.responsible})
      for (const std::string& unit : *list)
        if (looks_unread(unit)) {
          task.unsure_zh.push_back("单位名含标签或括号：" + unit);
          task.unsure_en.push_back("unit name holds a label or bracket: " + unit);
        }
    for (const ReviewDeadline& d : task.deadlines)
      if (d.year_supplied) {
        task.unsure_zh.push_back("“" + d.text + "”未写年份，按方案年份");
        task.unsure_en.push_back("“" + d.text + "” names no year; the plan's year is assumed");
      }
    if (task.deadlines.size() > 1) {
      task.unsure_zh.push_back("有 " + std::to_string(task.deadlines.size()) + " 个时限");
      task.unsure_en.push_back(std::to_string(task.deadlines.size()) + " deadlines");
    }
    if (++seen[task.id] == 2) {
      task.unsure_zh.push_back("编号重复");
      task.unsure_en.push_back("id repeated");
    }
    tasks.push_back(std::move(task));
  }
  return tasks;
}

std::string deadline_cell(const ReviewDeadline& d, const std::string& lang) {
  std::string when = d.recurring ? (en(lang) ? "yearly, month " + std::to_string(d.month) : "每年" + std::to_string(d.month) + "月")
                                 : d.date;
  if (!d.text.empty() && d.text != when) when += "（" + d.text + "）";
  return when;
}

std::string warning_place(const ImportWarning& w, const std::string& lang) {
  std::string place = describe_place(w.place, lang);
  if (place.empty() && w.line > 0) place = en(lang) ? "line " + std::to_string(w.line) : "第" + std::to_string(w.line) + "行";
  return place;
}

}  // namespace

std::string plan_review_table(const pugi::xml_document& doc, const std::vector<ImportWarning>& warnings,
                              const std::string& lang) {
  return plan_review_table(doc, warnings, lang, {});
}

std::string plan_review_table(const pugi::xml_document& doc, const std::vector<ImportWarning>& warnings,
                              const std::string& lang, const TaskLines& task_lines) {
  return plan_review_table(doc, warnings, lang, task_lines, {});
}

std::string plan_review_table(const pugi::xml_document& doc, const std::vector<ImportWarning>& warnings,
                              const std::string& lang, const TaskLines& task_lines, const std::vector<ReviewNote>& notes) {
  pugi::xml_node plan = doc.child("plan");
  std::ostringstream out;
  const std::string dash = en(lang) ? "-" : "—";
  out << pick(lang, "核对表：", "Review: ") << plan.child("title").text().get() << "\n";
  out << pick(lang, "  文号 ", "  id ") << plan.attribute("id").value() << pick(lang, "　成文日期 ", "   issued ")
      << plan.attribute("issued").value();
  if (!plan.child("issuer").empty()) out << pick(lang, "　发文单位 ", "   issuer ") << plan.child("issuer").text().get();
  out << "\n";

  std::vector<ReviewTask> tasks = read_tasks(doc);
  attach_warnings(tasks, warnings, task_lines, lang);
  attach_notes(tasks, notes, task_lines);
  // Columns: id, title, leads, responsible, deadline, unsure — each at most this wide.
  const std::vector<std::string> headers =
      en(lang) ? std::vector<std::string>{"task", "title", "leads", "responsible", "deadline (wording)", "unsure"}
               : std::vector<std::string>{"编号", "任务", "牵头单位", "责任单位", "完成时限（原文）", "存疑"};
  const size_t max_width[] = {10, 24, 24, 36, 30, 32};
  std::vector<std::vector<std::vector<std::string>>> rows;  // row → column → wrapped lines
  for (const ReviewTask& task : tasks) {
    std::vector<std::string> deadlines;
    for (const ReviewDeadline& d : task.deadlines) deadlines.push_back(deadline_cell(d, lang));
    std::vector<std::string> cells = {task.id,
                                      task.title,
                                      task.leads.empty() ? dash : join(task.leads, "、"),
                                      task.responsible.empty() ? dash : join(task.responsible, "、"),
                                      deadlines.empty() ? dash : join(deadlines, "；"),
                                      join(en(lang) ? task.unsure_en : task.unsure_zh, "；")};
    std::vector<std::vector<std::string>> row;
    for (size_t c = 0; c < cells.size(); ++c)
      row.push_back(c == 1 ? std::vector<std::string>{shorten(cells[c], max_width[c])} : wrap(cells[c], max_width[c]));
    rows.push_back(std::move(row));
  }
  std::vector<size_t> width(headers.size());
  for (size_t c = 0; c < headers.size(); ++c) {
    width[c] = display_width(headers[c]);
    for (const auto& row : rows)
      for (const std::string& line : row[c]) width[c] = std::max(width[c], display_width(line));
  }
  auto print_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t c = 0; c < cells.size(); ++c) {
      line += c + 1 < cells.size() ? pad_right(cells[c], width[c]) : cells[c];
      if (c + 1 < cells.size()) line += "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  };
  if (tasks.empty()) {
    out << pick(lang, "  没有读到任务：请核对原文的编号与单位写法。\n", "  no task was read: check the document's numbering and unit wording.\n");
  } else {
    print_line(headers);
    std::vector<std::string> rule;
    for (size_t c = 0; c < headers.size(); ++c) {
      std::string r;
      while (display_width(r) < width[c]) r += "-";
      rule.push_back(r);
    }
    print_line(rule);
    for (const auto& row : rows) {
      size_t height = 0;
      for (const auto& cell : row) height = std::max(height, cell.size());
      for (size_t i = 0; i < height; ++i) {
        std::vector<std::string> cells;
        for (const auto& cell : row) cells.push_back(i < cell.size() ? cell[i] : "");
        print_line(cells);
      }
    }
  }
  size_t unsure = std::count_if(tasks.begin(), tasks.end(), [](const ReviewTask& t) { return !t.unsure_zh.empty(); });
  out << (en(lang) ? "  " + std::to_string(tasks.size()) + " tasks, " + std::to_string(unsure) + " to check\n"
                   : "  共 " + std::to_string(tasks.size()) + " 项任务，其中 " + std::to_string(unsure) + " 项需核对\n");

  // Plan level: budget and milestones.
  std::vector<std::string> budgets;
  for (const pugi::xpath_node& node : doc.select_nodes("//budget[@required='true']")) {
    pugi::xml_node b = node.node();
    std::string where = std::string(b.parent().name()) == "task"
                            ? (en(lang) ? " (task " : "（任务 ") + std::string(b.parent().attribute("id").value()) +
                                  (en(lang) ? ")" : "）")
                            : "";
    budgets.push_back("“" + std::string(b.attribute("text").value()) + "”" + where);
  }
  out << pick(lang, "经费：", "Budget: ");
  if (budgets.empty())
    out << pick(lang, "未读到“列入预算”的要求\n", "no requirement to put the funding in a budget\n");
  else
    out << pick(lang, "要求列入预算 ", "required in a budget: ") << join(budgets, en(lang) ? "; " : "；") << "\n";
  pugi::xpath_node_set milestones = doc.select_nodes("/plan/milestone");
  out << pick(lang, "节点：", "Milestones: ");
  if (milestones.empty()) out << pick(lang, "无\n", "none\n");
  else out << "\n";
  for (const pugi::xpath_node& node : milestones)
    out << "  " << node.node().attribute("date").value() << "  " << node.node().attribute("text").value() << "\n";
  if (!warnings.empty()) {
    out << (en(lang) ? "Warnings (" + std::to_string(warnings.size()) + "), also listed above with their places\n"
                     : "警告 " + std::to_string(warnings.size()) + " 条，见上方所列位置\n");
  }
  return out.str();
}

nlohmann::json plan_review_json(const pugi::xml_document& doc, const std::vector<ImportWarning>& warnings,
                                const std::string& lang) {
  return plan_review_json(doc, warnings, lang, {});
}

nlohmann::json plan_review_json(const pugi::xml_document& doc, const std::vector<ImportWarning>& warnings,
                                const std::string& lang, const TaskLines& task_lines) {
  return plan_review_json(doc, warnings, lang, task_lines, {});
}

nlohmann::json plan_review_json(const pugi::xml_document& doc, const std::vector<ImportWarning>& warnings,
                                const std::string& lang, const TaskLines& task_lines, const std::vector<ReviewNote>& notes) {
  pugi::xml_node plan = doc.child("plan");
  nlohmann::json out;
  out["id"] = plan.attribute("id").value();
  out["issued"] = plan.attribute("issued").value();
  out["title"] = plan.child("title").text().get();
  out["issuer"] = plan.child("issuer").text().get();
  out["tasks"] = nlohmann::json::array();
  std::vector<ReviewTask> tasks = read_tasks(doc);
  attach_warnings(tasks, warnings, task_lines, lang);
  attach_notes(tasks, notes, task_lines);
  for (const ReviewTask& task : tasks) {
    nlohmann::json t;
    t["id"] = task.id;
    t["title"] = task.title;
    t["leads"] = task.leads;
    t["responsible"] = task.responsible;
    t["deadlines"] = nlohmann::json::array();
    for (const ReviewDeadline& d : task.deadlines) {
      nlohmann::json j;
      if (d.recurring) {
        j["recurs"] = "yearly";
        j["month"] = d.month;
      } else {
        j["date"] = d.date;
      }
      j["text"] = d.text;
      j["year_supplied"] = d.year_supplied;
      t["deadlines"].push_back(j);
    }
    t["deadline"] = t["deadlines"].empty() ? nlohmann::json(nullptr) : t["deadlines"][0];
    t["unsure"] = en(lang) ? task.unsure_en : task.unsure_zh;
    out["tasks"].push_back(t);
  }
  out["budget"] = nlohmann::json::array();
  for (const pugi::xpath_node& node : doc.select_nodes("//budget")) {
    pugi::xml_node b = node.node();
    nlohmann::json j;
    j["required"] = b.attribute("required").as_bool();
    j["text"] = b.attribute("text").value();
    j["task"] = std::string(b.parent().name()) == "task" ? nlohmann::json(b.parent().attribute("id").value())
                                                          : nlohmann::json(nullptr);
    out["budget"].push_back(j);
  }
  out["milestones"] = nlohmann::json::array();
  for (const pugi::xpath_node& node : doc.select_nodes("/plan/milestone"))
    out["milestones"].push_back(
        {{"date", node.node().attribute("date").value()}, {"text", node.node().attribute("text").value()}});
  out["warnings"] = nlohmann::json::array();
  for (const ImportWarning& w : warnings)
    out["warnings"].push_back({{"place", warning_place(w, lang)}, {"line", w.line}, {"message", w.message(lang)}});
  return out;
}

}  // namespace plancheck
