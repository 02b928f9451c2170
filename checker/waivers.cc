#include "waivers.h"

#include "suggest.h"
#include <algorithm>
#include <filesystem>
#include <map>

#include "suggest.h"
#include "toml_reading.h"
#include "units.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {

// Two spellings of one file (./a.xml, reports/../a.xml, an absolute path) compare equal.
std::string path_key(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  return (ec ? absolute.lexically_normal() : canonical).string();
}

Waiver read_waiver(const std::string& path, const toml::table& entry) {
  require_known_keys(path, entry, {"rule", "file", "unit", "task", "reason", "approved_by", "expires"}, "waiver.");
  Waiver waiver;
  waiver.line = static_cast<int>(entry.source().begin.line);
  waiver.column = static_cast<int>(entry.source().begin.column);
  auto required = [&](const char* key) {
    std::optional<std::string> value = toml_string(path, entry, key);
    if (!value || value->empty())
      toml_fail(path, entry.source(), std::string("豁免缺少“") + key + "” (a waiver needs " + key + ")");
    return *value;
  };
  waiver.rule = required("rule");
  waiver.reason = required("reason");
  waiver.approved_by = required("approved_by");
  waiver.file = toml_string(path, entry, "file").value_or("");
  waiver.unit = toml_string(path, entry, "unit").value_or("");
  waiver.task = toml_string(path, entry, "task").value_or("");
  if (waiver.file.empty() && waiver.unit.empty())
    toml_fail(path, entry.source(), "豁免须指明报告文件（file）或单位（unit） (a waiver names a file or a unit)");
  if (!waiver.file.empty()) waiver.file_key = path_key(fs::path(path).parent_path() / waiver.file);

  const toml::node* expires = entry.get("expires");
  if (!expires) toml_fail(path, entry.source(), "豁免缺少“expires” (a waiver needs expires)");
  if (const toml::value<toml::date>* date = expires->as_date()) {
    waiver.expires = Date{date->get().year, date->get().month, date->get().day};
  } else if (auto text = expires->value<std::string>(); text && Date::parse_iso(*text)) {
    waiver.expires = *Date::parse_iso(*text);
  } else {
    toml_fail(path, expires->source(), "expires 应为日期 YYYY-MM-DD (expires must be a date)");
  }
  return waiver;
}

bool covers(const Waiver& waiver, const Finding& f, const std::string& finding_file_key) {
  if (waiver.rule != f.rule) return false;
  if (!waiver.file_key.empty() && waiver.file_key != finding_file_key) return false;
  if (!waiver.unit.empty() && normalize_unit_name(waiver.unit) != normalize_unit_name(f.unit)) return false;
  return waiver.task.empty() || waiver.task == f.task;
}

std::string subject(const Waiver& w, bool english) {
  std::string text = (english ? "rule " : "规则 ") + w.rule;
  if (!w.file.empty()) text += (english ? ", file " : "，文件 ") + w.file;
  if (!w.unit.empty()) text += (english ? ", unit " : "，单位 ") + w.unit;
  if (!w.task.empty()) text += (english ? ", task " : "，任务 ") + w.task;
  return text;
}

}  // namespace

WaiverSet load_waivers(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw TomlFileError(path + ": 豁免文件不存在 (no such waivers file)");
  WaiverSet set;
  set.path = path;
  toml::table root = parse_toml_file(path);
  require_known_keys(path, root, {"waiver"}, "");
  if (const toml::node* list = root.get("waiver")) {
    const toml::array* entries = list->as_array();
    if (!entries) toml_fail(path, list->source(), "waiver 应写作 [[waiver]] 表 (expected [[waiver]] tables)");
    for (const toml::node& entry : *entries) {
      if (!entry.is_table()) toml_fail(path, entry.source(), "waiver 应写作 [[waiver]] 表 (expected [[waiver]] tables)");
      set.waivers.push_back(read_waiver(path, *entry.as_table()));
    }
  }
  return set;
}

void apply_waivers(const WaiverSet& set, const Date& as_of, const std::string& lang, std::vector<Finding>& findings,
                   const std::vector<std::string>& known_rules) {
  bool english = lang == "en";
  std::map<std::string, std::string> file_keys;
  for (const Finding& f : findings)
    if (!file_keys.count(f.file)) file_keys[f.file] = path_key(f.file);
  std::vector<Finding> notes;
  for (const Waiver& waiver : set.waivers) {
    Finding note;
    note.file = set.path;
    note.line = waiver.line;
    note.column = waiver.column;
    note.task = waiver.task;
    note.unit = waiver.unit;
    if (as_of > waiver.expires) {
      note.rule = "waiver-expired";
      note.severity = Severity::Warning;
      note.message = english ? "waiver expired on " + waiver.expires.iso() + " and no longer applies: " +
                                   subject(waiver, true) + " (approved by " + waiver.approved_by + ")"
                             : "豁免已于 " + waiver.expires.iso() + " 到期，不再生效：" + subject(waiver, false) +
                                   "（批准：" + waiver.approved_by + "）";
      notes.push_back(note);
      continue;
    }
    bool used = false;
    for (Finding& f : findings)
      if (!f.waived && covers(waiver, f, file_keys[f.file])) {
        f.waived = true;
        f.waiver_reason = waiver.reason;
        f.waiver_approver = waiver.approved_by;
        used = true;
      }
    if (!used) {
      note.rule = "waiver-unused";
      note.severity = Severity::Info;
      note.message = english ? "waiver matched no finding: " + subject(waiver, true)
                             : "豁免没有对应任何问题：" + subject(waiver, false);
      bool unknown_rule = !known_rules.empty() &&
                          std::find(known_rules.begin(), known_rules.end(), waiver.rule) == known_rules.end();
      if (unknown_rule) {
        note.severity = Severity::Warning;
        note.message = (english ? "the waiver names rule " + waiver.rule + ", which does not exist"
                                : "豁免所指的规则 " + waiver.rule + " 不存在") +
                       did_you_mean(closest_name(waiver.rule, known_rules), lang);
      }
      notes.push_back(note);
    }
  }
  findings.insert(findings.end(), notes.begin(), notes.end());
  sort_findings(findings);
}

}  // namespace plancheck
