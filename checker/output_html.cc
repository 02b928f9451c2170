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
    const std::string& text = it->second[number - 1];
    size_t begin = text.find_first_not_of(" \t\r");
    return begin == std::string::npos ? "" : clip_utf8(text.substr(begin), 400);
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
  return group.rejected ? tr(o, "不通过 rejected", "rejected") : tr(o, "通过 accepted", "accepted");
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

void write_html(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  std::vector<FileGroup> groups = group_by_file(result, o.fail_on);
  // The unit a finding belongs to: its own, else its report's.
  std::map<std::string, std::string> unit_of_file, plan_of_file;
  for (const FileStatus& file : result.files) {
    unit_of_file[file.path] = file.unit;
    plan_of_file[file.path] = file.plan_id;
  }
  auto unit_of = [&](const Finding& f) { return f.unit.empty() ? unit_of_file[f.file] : f.unit; };

  std::map<std::string, Tally> by_unit;
  std::map<std::string, std::map<std::string, Tally, TaskIdOrder>> by_plan_task;  // plan id → task id →
  std::set<std::string> rule_ids;
  for (const FileGroup& group : groups)
    if (group.status && group.status->kind == "report") {
      Tally& unit = by_unit[group.status->unit];
      ++unit.reports;
      if (group.rejected) ++unit.rejected;
    }
  for (const Finding& f : result.findings) {
    rule_ids.insert(f.rule);
    std::string unit = unit_of(f);
    if (!unit.empty()) by_unit[unit].add(f.severity);
    if (!f.task.empty()) by_plan_task[plan_of_file[f.file]][f.task].add(f.severity);
  }
  SeverityCounts counts = count_severities(result.findings);
  int rejected = 0, reports = 0;
  for (const FileGroup& group : groups)
    if (group.status) {
      ++reports;
      rejected += group.rejected ? 1 : 0;
    }

  out << "<!DOCTYPE html>\n<html lang=\"" << (o.lang == "en" ? "en" : "zh-CN") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'\">\n"
      << "<title>" << escape_html(tr(o, "plancheck 检查报告", "plancheck report")) << " " << result.as_of
      << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  out << "<h1>" << escape_html(tr(o, "进展报告检查结果", "Progress report check")) << "</h1>\n";
  out << "<p class=\"note\">" << escape_html(tr(o, "判断期限的日期：", "Deadlines judged as of ")) << result.as_of
      << " · plancheck " << PLANCHECK_VERSION << "</p>\n";
  out << "<p class=\"totals\">"
      << "<span class=\"error\">" << escape_html(tr(o, "错误 ", "errors ")) << "<b id=\"count-error\">" << counts.error
      << "</b></span><span class=\"warning\">" << escape_html(tr(o, "警告 ", "warnings "))
      << "<b id=\"count-warning\">" << counts.warning << "</b></span><span class=\"info\">"
      << escape_html(tr(o, "提示 ", "info ")) << "<b id=\"count-info\">" << counts.info << "</b></span><span>"
      << escape_html(tr(o, "不通过的文件 ", "files rejected ")) << "<b id=\"count-rejected\">" << rejected << "</b> / "
      << reports << "</span></p>\n";

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
    for (const auto& [task, tally] : tasks)
      out << "<tr data-task=\"" << escape_html(task) << "\"><td>" << escape_html(plan) << "</td><td>" << escape_html(task)
          << "</td><td class=\"error\">" << tally.error << "</td><td class=\"warning\">" << tally.warning
          << "</td><td class=\"info\">" << tally.info << "</td></tr>\n";
  out << "</table>\n";

  out << "<h2>" << escape_html(tr(o, "期限（按日期）", "Deadlines (by date)")) << "</h2>\n<table id=\"deadlines\"><tr><th>"
      << escape_html(tr(o, "日期", "Date")) << "</th><th>" << escape_html(tr(o, "方案", "Plan")) << "</th><th>"
      << escape_html(tr(o, "任务", "Task")) << "</th><th>" << escape_html(tr(o, "原文", "Wording")) << "</th></tr>\n";
  for (const PlanDeadline& d : result.deadlines) {
    std::string what = d.kind == "task"        ? tr(o, "任务 ", "task ") + d.task + " " + d.title
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
  for (const std::string& id : rule_ids) rule_options.push_back({id, id});
  for (const auto& entry : by_unit) unit_options.push_back({entry.first, entry.first});
  write_select(out, "rule", tr(o, "规则", "Rule"), tr(o, "全部", "all"), rule_options);
  write_select(out, "unit", tr(o, "单位", "Unit"), tr(o, "全部", "all"), unit_options);
  out << "<span>" << escape_html(tr(o, "显示 ", "showing ")) << "<b id=\"shown-count\">" << result.findings.size()
      << "</b> / <b id=\"total-count\">" << result.findings.size() << "</b></span>\n</div>\n";

  SourceLines sources;
  for (const FileGroup& group : groups) {
    out << "<section class=\"report\" data-path=\"" << escape_html(group.path) << "\">\n<h3>"
        << escape_html(group.path);
    if (group.status)
      out << " <span class=\"verdict " << group.verdict() << "\">" << escape_html(verdict_word(group, o)) << "</span>";
    out << "</h3>\n";
    if (group.status && !group.status->unit.empty())
      out << "<p class=\"note\">" << escape_html(tr(o, "单位：", "Unit: ") + group.status->unit)
          << (group.status->submitted.empty() ? "" : escape_html(tr(o, "　报送：", " · submitted ") + group.status->submitted))
          << "</p>\n";
    if (group.status && !group.status->checked)
      out << "<p class=\"error\">" << escape_html(group.status->error) << "</p>\n";
    if (group.findings.empty()) {
      out << "</section>\n";
      continue;
    }
    out << "<table class=\"findings\"><tr><th>" << escape_html(tr(o, "位置", "Where")) << "</th><th>"
        << escape_html(tr(o, "严重度", "Severity")) << "</th><th>" << escape_html(tr(o, "规则", "Rule")) << "</th><th>"
        << escape_html(tr(o, "任务", "Task")) << "</th><th>" << escape_html(tr(o, "问题", "Finding")) << "</th></tr>\n";
    for (const Finding* f : group.findings) {
      out << "<tr class=\"finding" << (f->suppressed() ? " waived" : "") << "\" data-severity=\""
          << severity_name(f->severity) << "\" data-rule=\"" << escape_html(f->rule) << "\" data-unit=\""
          << escape_html(unit_of(*f)) << "\"><td>" << f->line << ":" << f->column << "</td><td class=\""
          << severity_name(f->severity) << "\">" << escape_html(severity_word(f->severity, o)) << "</td><td>"
          << escape_html(f->rule) << "</td><td>" << escape_html(f->task) << "</td><td><div class=\"message\">"
          << escape_html(f->message) << "</div>";
      if (!f->suggestion.empty())
        out << "<div class=\"note\">" << escape_html(tr(o, "建议：", "Suggestion: ") + f->suggestion) << "</div>";
      if (f->waived)
        out << "<div class=\"note\">" << escape_html(tr(o, "已豁免：", "Waived: ") + f->waiver_reason + " (" +
                                                     tr(o, "批准：", "approved by ") + f->waiver_approver + ")")
            << "</div>";
      else if (f->in_baseline)
        out << "<div class=\"note\">" << escape_html(tr(o, "已在基线中", "In the baseline")) << "</div>";
      std::string quote = sources.line(f->file, f->line);
      if (!quote.empty()) out << "<div class=\"quote\">" << escape_html(quote) << "</div>";
      out << "</td></tr>\n";
    }
    out << "</table>\n</section>\n";
  }
  out << "<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace plancheck
