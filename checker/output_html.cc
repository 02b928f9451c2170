// One self-contained HTML page for a supervisor's desk: totals, a summary per unit and
// per task, the plans' deadlines in date order, and the findings grouped by report with
// the line of the document they quote. Filters (severity, rule, unit) are inline
// JavaScript; the URL fragment holds them (#severity=error&unit=区政工部), so a link
// or a test can open the page pre-filtered. No network: a Content-Security-Policy
// forbids every fetch.
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "output.h"
#include "status.h"
#include "units.h"

namespace plancheck {

std::string escape_html(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string clip_chars(const std::string& text, size_t max_chars) {
  size_t chars = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return text.substr(0, i) + "……";
  }
  return text;
}

std::string task_with_title(const std::string& id, const std::string& title) {
  return title.empty() ? id : id + "“" + clip_chars(title, 14) + "”";
}

UnitNames::UnitNames(const CheckResult& result) {
  for (const FileStatus& file : result.files) {
    if (file.unit.empty()) continue;
    std::string shown = file.canonical_unit.empty() ? file.unit : file.canonical_unit;
    by_key_.emplace(normalize_unit_name(file.unit), shown);
    if (!file.canonical_unit.empty()) by_key_[normalize_unit_name(file.canonical_unit)] = shown;
  }
}

std::string UnitNames::display(const std::string& unit) const {
  if (unit.empty()) return unit;
  auto found = by_key_.find(normalize_unit_name(unit));
  return found == by_key_.end() ? unit : found->second;
}

namespace {

// At most `max_bytes` of UTF-8 text, cut before a character, with an ellipsis.
std::string clip_utf8(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

// The lines of the files findings point into, read once each.
class SourceLines {
 public:
  std::string line(const std::string& path, int number) {
    auto it = files_.find(path);
    if (it == files_.end()) it = files_.emplace(path, read_lines(path)).first;
    if (number < 1 || static_cast<size_t>(number) > it->second.size()) return "";
    // Only the words of the line: a supervisor reads the report's text, not its markup,
    // so tags are dropped and a line of tags alone quotes nothing.
    std::string words;
    bool in_tag = false;
    for (char c : it->second[number - 1]) {
      if (c == '<') in_tag = true;
      else if (c == '>') {
        in_tag = false;
        if (!words.empty() && words.back() != ' ') words += ' ';
      } else if (!in_tag) words += c;
    }
    size_t begin = words.find_first_not_of(" \t\r"), end = words.find_last_not_of(" \t\r");
    return begin == std::string::npos ? "" : clip_utf8(words.substr(begin, end - begin + 1), 400);
  }

 private:
  static std::vector<std::string> read_lines(const std::string& path) {
    std::vector<std::string> lines;
    std::ifstream in(path, std::ios::binary);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
  std::map<std::string, std::vector<std::string>> files_;
};

std::string verdict_word(const FileGroup& group, const OutputOptions& o) {
  return group.rejected ? tr(o, "不通过", "rejected") : tr(o, "通过", "accepted");
}

// Task ids in the plan's order: 2 before 10, 2.1 before 2.10.
struct TaskIdOrder {
  bool operator()(const std::string& a, const std::string& b) const {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
        size_t end_a = i, end_b = j;
        while (end_a < a.size() && std::isdigit(static_cast<unsigned char>(a[end_a]))) ++end_a;
        while (end_b < b.size() && std::isdigit(static_cast<unsigned char>(b[end_b]))) ++end_b;
        std::string na = a.substr(i, end_a - i), nb = b.substr(j, end_b - j);
        if (na.size() != nb.size()) return na.size() < nb.size();
        if (na != nb) return na < nb;
        i = end_a;
        j = end_b;
      } else {
        if (a[i] != b[j]) return a[i] < b[j];
        ++i;
        ++j;
      }
    }
    return a.size() - i < b.size() - j;
  }
};

struct Tally {
  int error = 0, warning = 0, info = 0, reports = 0, rejected = 0;
  void add(Severity s) {
    if (s == Severity::Error) ++error;
    else if (s == Severity::Warning) ++warning;
    else ++info;
  }
};

const char* kStyle = R"(
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;max-width:80em}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}
.error{color:#b00020}.warning{color:#a86500}.info{color:#005a9c}
.verdict{font-weight:bold;padding:0 .4em;border-radius:3px}
.verdict.rejected{background:#fde0e0;color:#b00020}.verdict.accepted{background:#e0f5e0;color:#1b6e1b}
.totals span{margin-right:1.5em;font-size:1.2em}
.quote{font-family:monospace;background:#f7f7f7;padding:.2em .4em;margin-top:.3em;white-space:pre-wrap}
.waived{opacity:.6}.note{font-size:.9em;color:#555}
.rule-id{font-family:monospace;font-size:.8em;color:#777;display:block}
section.plan h3{color:#555}
#attention li{margin:.2em 0}
#filters{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd}
#filters label{margin-right:1em}
tr.overdue td{color:#b00020}
)";

// Reads the filters from the URL fragment, applies them, and writes them back.
const char* kScript = R"(
(function () {
  var names = ['severity', 'rule', 'unit'];
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  function select(name) { return document.getElementById('filter-' + name); }
  function fromFragment() {
    var wanted = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at > 0) wanted[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
    });
    names.forEach(function (name) {
      var value = wanted[name] || '';
      var known = Array.prototype.some.call(select(name).options, function (o) { return o.value === value; });
      select(name).value = known ? value : '';
    });
  }
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = names.every(function (name) {
        var value = select(name).value;
        return value === '' || row.getAttribute('data-' + name) === value;
      });
      row.hidden = !visible;
      if (visible) shown++;
    });
    document.querySelectorAll('section.report').forEach(function (section) {
      // A report with findings, all filtered out, is hidden; a clean report stays.
      section.hidden = !!section.querySelector('tr.finding') && !section.querySelector('tr.finding:not([hidden])');
    });
    document.getElementById('shown-count').textContent = String(shown);
  }
  function toFragment() {
    var parts = [];
    names.forEach(function (name) {
      if (select(name).value) parts.push(name + '=' + encodeURIComponent(select(name).value));
    });
    history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
  }
  names.forEach(function (name) {
    select(name).addEventListener('change', function () { toFragment(); apply(); });
  });
  window.addEventListener('hashchange', function () { fromFragment(); apply(); });
  fromFragment();
  apply();
})();
)";

void write_select(std::ostream& out, const char* name, const std::string& label, const std::string& all,
                  const std::vector<std::pair<std::string, std::string>>& options) {
  out << "<label>" << escape_html(label) << " <select id=\"filter-" << name << "\"><option value=\"\">"
      << escape_html(all) << "</option>";
  for (const auto& [value, text] : options)
    out << "<option value=\"" << escape_html(value) << "\">" << escape_html(text) << "</option>";
  out << "</select></label>\n";
}

}  // namespace

void write_html_head(std::ostream& out, const std::string& title, const std::string& lang) {
  out << "<!DOCTYPE html>\n<html lang=\"" << (lang == "en" ? "en" : "zh-CN") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'\">\n"
      << "<title>" << escape_html(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
}

namespace {

// 第22行 第13列 / line 22, column 13.
std::string place_words(const Finding& f, const OutputOptions& o) {
  return tr(o, "第" + std::to_string(f.line) + "行 第" + std::to_string(f.column) + "列",
            "line " + std::to_string(f.line) + ", column " + std::to_string(f.column));
}

// The findings of one file as a table: place, severity, rule (summary, id under it for
// search), task (number and title), message, with the line's words quoted.
void write_findings_table(std::ostream& out, const FileGroup& group, const CheckResult& result,
                          const std::map<std::string, RuleInfo>& rules, const UnitNames& units,
                          std::map<std::string, std::string>& plan_of_file, SourceLines& sources,
                          const OutputOptions& o) {
  out << "<table class=\"findings\"><tr><th>" << escape_html(tr(o, "位置", "Where")) << "</th><th>"
      << escape_html(tr(o, "严重度", "Severity")) << "</th><th>" << escape_html(tr(o, "规则", "Rule")) << "</th><th>"
      << escape_html(tr(o, "任务", "Task")) << "</th><th>" << escape_html(tr(o, "问题", "Finding")) << "</th></tr>\n";
  for (const Finding* f : group.findings) {
    std::string unit = units.display(f->unit.empty() && group.status ? group.status->unit : f->unit);
    std::string summary;
    if (auto rule = rules.find(f->rule); rule != rules.end())
      summary = tr(o, rule->second.summary_zh, rule->second.summary_en);
    std::string task;
    if (!f->task.empty()) {
      auto title = result.task_titles.find(plan_of_file[f->file] + '\0' + f->task);
      task = task_with_title(f->task, title == result.task_titles.end() ? "" : title->second);
    }
    out << "<tr class=\"finding" << (f->suppressed() ? " waived" : "") << "\" data-severity=\""
        << severity_name(f->severity) << "\" data-rule=\"" << escape_html(f->rule) << "\" data-unit=\""
        << escape_html(unit) << "\" data-line=\"" << f->line << "\" data-column=\"" << f->column << "\"><td>"
        << escape_html(place_words(*f, o)) << "</td><td class=\"" << severity_name(f->severity) << "\">"
        << escape_html(severity_word(f->severity, o)) << "</td><td>" << escape_html(summary.empty() ? f->rule : summary)
        << "<span class=\"rule-id\">" << escape_html(f->rule) << "</span></td><td>" << escape_html(task)
        << "</td><td><div class=\"message\">" << escape_html(f->message) << "</div>";
    if (!f->suggestion.empty())
      out << "<div class=\"note\">" << escape_html(tr(o, "建议：", "Suggestion: ") + f->suggestion) << "</div>";
    if (f->waived)
      out << "<div class=\"note\">"
          << escape_html(tr(o, "已豁免：", "Waived: ") + f->waiver_reason + tr(o, "（批准：", " (approved by ") +
                         f->waiver_approver + tr(o, "）", ")"))
          << "</div>";
    else if (f->in_baseline)
      out << "<div class=\"note\">" << escape_html(tr(o, "已在基线中", "In the baseline")) << "</div>";
    std::string quote = sources.line(f->file, f->line);
    if (!quote.empty()) out << "<div class=\"quote\">" << escape_html(quote) << "</div>";
    out << "</td></tr>\n";
  }
  out << "</table>\n";
}

}  // namespace

void write_html(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  std::vector<FileGroup> groups = group_by_file(result, o.fail_on);
  UnitNames units(result);
  std::map<std::string, RuleInfo> rules;
  for (const RuleInfo& rule : rules_for_output(result)) rules[rule.id] = rule;
  // The unit a finding belongs to: its own, else its report's; by the plan's name for it.
  std::map<std::string, std::string> unit_of_file, plan_of_file;
  for (const FileStatus& file : result.files) {
    unit_of_file[file.path] = file.unit;
    plan_of_file[file.path] = file.plan_id;
  }
  auto unit_of = [&](const Finding& f) { return units.display(f.unit.empty() ? unit_of_file[f.file] : f.unit); };
  SplitFindings split = split_findings(result);

  std::map<std::string, Tally> by_unit;
  std::map<std::string, std::map<std::string, Tally, TaskIdOrder>> by_plan_task;  // plan id → task id →
  std::set<std::string> rule_ids;
  int rejected = 0, reports = 0;
  for (const FileGroup& group : groups)
    if (group.status && !group.is_plan()) {
      Tally& unit = by_unit[units.display(group.status->unit)];
      ++unit.reports;
      ++reports;
      if (group.rejected) {
        ++unit.rejected;
        ++rejected;
      }
    }
  for (const Finding* f : split.reports) {
    rule_ids.insert(f->rule);
    std::string unit = unit_of(*f);
    if (!unit.empty()) by_unit[unit].add(f->severity);
    if (!f->task.empty()) by_plan_task[plan_of_file[f->file]][f->task].add(f->severity);
  }
  for (const Finding* f : split.plans) rule_ids.insert(f->rule);
  SeverityCounts counts = count_severities(split.reports), plan_counts = count_severities(split.plans);

  write_html_head(out, tr(o, "进展报告检查结果 ", "plancheck report ") + result.as_of, o.lang);
  out << "<h1>" << escape_html(tr(o, "进展报告检查结果", "Progress report check")) << "</h1>\n";
  out << "<p class=\"note\">" << escape_html(tr(o, "判断期限的日期：", "Deadlines judged as of ")) << result.as_of
      << " · plancheck " << PLANCHECK_VERSION << "</p>\n";
  out << "<p class=\"totals\">"
      << "<span class=\"error\">" << escape_html(tr(o, "错误 ", "errors ")) << "<b id=\"count-error\">" << counts.error
      << "</b></span><span class=\"warning\">" << escape_html(tr(o, "警告 ", "warnings "))
      << "<b id=\"count-warning\">" << counts.warning << "</b></span><span class=\"info\">"
      << escape_html(tr(o, "提示 ", "info ")) << "<b id=\"count-info\">" << counts.info << "</b></span><span>"
      << escape_html(tr(o, "不通过的报告 ", "reports rejected ")) << "<b id=\"count-rejected\">" << rejected
      << "</b> / " << reports << "</span></p>\n";
  if (!split.plans.empty())
    out << "<p class=\"note\" id=\"plan-totals\">"
        << escape_html(tr(o, "方案自身另有 ", "The plan itself has ")) << plan_counts.error
        << escape_html(tr(o, " 个错误、", " error(s), ")) << plan_counts.warning
        << escape_html(tr(o, " 个警告、", " warning(s), ")) << plan_counts.info
        << escape_html(tr(o, " 条提示（见页末“方案自身的问题”，不影响各单位报告是否通过）",
                          " info (see “About the plan itself” at the end; they fail no unit's report)"))
        << "</p>\n";

  if (result.status) write_status_attention_html(out, *result.status, StatusOutputOptions{o.lang, false});

  out << "<h2>" << escape_html(tr(o, "按单位汇总", "By unit")) << "</h2>\n<table id=\"units\"><tr><th>"
      << escape_html(tr(o, "单位", "Unit")) << "</th><th>" << escape_html(tr(o, "报告", "Reports")) << "</th><th>"
      << escape_html(tr(o, "不通过", "Rejected")) << "</th><th>" << escape_html(tr(o, "错误", "Errors"))
      << "</th><th>" << escape_html(tr(o, "警告", "Warnings")) << "</th><th>" << escape_html(tr(o, "提示", "Info"))
      << "</th></tr>\n";
  for (const auto& [unit, tally] : by_unit)
    out << "<tr data-unit=\"" << escape_html(unit) << "\"><td>" << escape_html(unit.empty() ? "—" : unit) << "</td><td>" << tally.reports
        << "</td><td>" << tally.rejected << "</td><td class=\"error\">" << tally.error << "</td><td class=\"warning\">"
        << tally.warning << "</td><td class=\"info\">" << tally.info << "</td></tr>\n";
  out << "</table>\n";

  out << "<h2>" << escape_html(tr(o, "按任务汇总", "By task")) << "</h2>\n<table id=\"tasks\"><tr><th>"
      << escape_html(tr(o, "方案", "Plan")) << "</th><th>" << escape_html(tr(o, "任务", "Task")) << "</th><th>" << escape_html(tr(o, "错误", "Errors")) << "</th><th>"
      << escape_html(tr(o, "警告", "Warnings")) << "</th><th>" << escape_html(tr(o, "提示", "Info")) << "</th></tr>\n";
  for (const auto& [plan, tasks] : by_plan_task)
    for (const auto& [task, tally] : tasks) {
      auto title = result.task_titles.find(plan + '\0' + task);
      out << "<tr data-task=\"" << escape_html(task) << "\"><td>" << escape_html(plan) << "</td><td>"
          << escape_html(task_with_title(task, title == result.task_titles.end() ? "" : title->second))
          << "</td><td class=\"error\">" << tally.error << "</td><td class=\"warning\">" << tally.warning
          << "</td><td class=\"info\">" << tally.info << "</td></tr>\n";
    }
  out << "</table>\n";

  out << "<h2>" << escape_html(tr(o, "期限（按日期）", "Deadlines (by date)")) << "</h2>\n<table id=\"deadlines\"><tr><th>"
      << escape_html(tr(o, "日期", "Date")) << "</th><th>" << escape_html(tr(o, "方案", "Plan")) << "</th><th>"
      << escape_html(tr(o, "任务", "Task")) << "</th><th>" << escape_html(tr(o, "原文", "Wording")) << "</th></tr>\n";
  for (const PlanDeadline& d : result.deadlines) {
    std::string what = d.kind == "task"        ? tr(o, "任务 ", "task ") + task_with_title(d.task, d.title)
                       : d.kind == "milestone" ? tr(o, "阶段节点", "milestone")
                                               : tr(o, "报送截止", "reports due");
    out << "<tr class=\"deadline" << (d.date < result.as_of ? " overdue" : "") << "\" data-date=\"" << d.date
        << "\"><td>" << d.date << "</td><td>" << escape_html(d.plan_id) << "</td><td>" << escape_html(what)
        << "</td><td>" << escape_html(d.text) << "</td></tr>\n";
  }
  out << "</table>\n";

  if (result.status) write_status_html(out, *result.status, StatusOutputOptions{o.lang, false});

  out << "<h2>" << escape_html(tr(o, "问题（按报告）", "Findings (by report)")) << "</h2>\n<div id=\"filters\">\n";
  write_select(out, "severity", tr(o, "严重度", "Severity"), tr(o, "全部", "all"),
               {{"error", severity_word(Severity::Error, o)},
                {"warning", severity_word(Severity::Warning, o)},
                {"info", severity_word(Severity::Info, o)}});
  std::vector<std::pair<std::string, std::string>> rule_options, unit_options;
  for (const std::string& id : rule_ids) {
    auto rule = rules.find(id);
    std::string summary = rule == rules.end() ? "" : tr(o, rule->second.summary_zh, rule->second.summary_en);
    rule_options.push_back({id, summary.empty() ? id : clip_chars(summary, 24) + "（" + id + "）"});
  }
  for (const auto& entry : by_unit)
    if (!entry.first.empty()) unit_options.push_back({entry.first, entry.first});
  write_select(out, "rule", tr(o, "规则", "Rule"), tr(o, "全部", "all"), rule_options);
  write_select(out, "unit", tr(o, "单位", "Unit"), tr(o, "全部", "all"), unit_options);
  out << "<span>" << escape_html(tr(o, "显示 ", "showing ")) << "<b id=\"shown-count\">" << result.findings.size()
      << "</b> / <b id=\"total-count\">" << result.findings.size() << "</b></span>\n</div>\n";

  SourceLines sources;
  // Reports (and files only findings name) first; the plans' own notes after them.
  for (bool plans_now : {false, true}) {
    if (plans_now) {
      bool any = false;
      for (const FileGroup& group : groups) any = any || (group.is_plan() && !group.findings.empty());
      if (!any) break;
      out << "<h2 id=\"plan-findings\">" << escape_html(tr(o, "方案自身的问题", "About the plan itself"))
          << "</h2>\n<p class=\"note\">"
          << escape_html(tr(o, "方案检查规则对实施方案本身的提示，单独计数，不影响任何单位的报告是否通过。",
                            "What the plan-lint rules say about the plan itself: counted apart, failing no unit's report."))
          << "</p>\n";
    }
    for (const FileGroup& group : groups) {
      if (group.is_plan() != plans_now) continue;
      if (plans_now && group.findings.empty() && group.status->checked) continue;
      out << "<section class=\"" << (plans_now ? "report plan" : "report") << "\" data-path=\""
          << escape_html(group.path) << "\">\n<h3>" << escape_html(group.path);
      if (group.status && !plans_now)
        out << " <span class=\"verdict " << group.verdict() << "\">" << escape_html(verdict_word(group, o)) << "</span>";
      out << "</h3>\n";
      if (group.status && !group.status->unit.empty())
        out << "<p class=\"note\">" << escape_html(tr(o, "单位：", "Unit: ") + units.display(group.status->unit))
            << (group.status->submitted.empty() ? ""
                                                : escape_html(tr(o, "　报送：", " · submitted ") + group.status->submitted))
            << "</p>\n";
      if (group.status && !group.status->note.empty())
        out << "<p class=\"note file-note\">" << escape_html(tr(o, "注：", "Note: ") + group.status->note) << "</p>\n";
      if (group.status && !group.status->checked)
        out << "<p class=\"error\">" << escape_html(group.status->error) << "</p>\n";
      if (!group.findings.empty()) write_findings_table(out, group, result, rules, units, plan_of_file, sources, o);
      out << "</section>\n";
    }
  }
  out << "<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace plancheck
