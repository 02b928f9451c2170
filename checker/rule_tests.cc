#include "rule_tests.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "output.h"
#include "suggest.h"
#include "toml_reading.h"

namespace fs = std::filesystem;

namespace plancheck {

namespace {

const char* const kCaseFile = "case.toml";
// Findings that come from the host, not from a rule that a case can switch off.
bool is_host_finding(const std::string& rule) { return rule == "schema" || rule == "rule-error"; }

std::string words(const std::string& lang, const std::string& zh, const std::string& en) {
  return lang == "en" ? en : zh;
}

std::string normal_path(const std::string& path) { return fs::path(path).lexically_normal().generic_string(); }

// `path` relative to `dir`, both taken from the current directory when relative.
std::string relative_to(const std::string& path, const std::string& dir) {
  std::error_code ec;
  fs::path relative = fs::absolute(path, ec).lexically_normal().lexically_relative(fs::absolute(dir, ec).lexically_normal());
  return relative.empty() ? path : relative.generic_string();
}

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

std::string quoted(const std::string& text, const std::string& lang) {
  return lang == "en" ? "\"" + text + "\"" : "“" + text + "”";
}

// Reads case.toml and says where it is wrong (toml_reading.h: file:line:column: reason).
class CaseReader {
 public:
  explicit CaseReader(std::string path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const toml::node* at, const std::string& why) const {
    toml_fail(path_, at ? at->source() : toml::source_region{{1, 1}, {1, 1}, nullptr}, why);
  }

  void only_keys(const toml::table& table, const std::set<std::string>& known, const std::string& context) const {
    require_known_keys(path_, table, known, context);
  }

  std::optional<std::string> string(const toml::table& table, const char* key) const {
    return toml_string(path_, table, key);
  }

  std::vector<std::string> strings(const toml::table& table, const char* key) const {
    return toml_strings(path_, table, key);
  }

  std::optional<int> integer(const toml::table& table, const char* key) const {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (node->is_integer()) return static_cast<int>(node->as_integer()->get());
    fail(node, std::string("“") + key + "”应为整数 (expected a whole number)");
  }

  // A task id may be written 3 or "3".
  std::optional<std::string> string_or_number(const toml::table& table, const char* key) const {
    const toml::node* node = table.get(key);
    if (node && node->is_integer()) return std::to_string(node->as_integer()->get());
    return string(table, key);
  }

  // A date may be written 2023-11-20 (a TOML date) or "2023-11-20".
  std::optional<std::string> date(const toml::table& table, const char* key) const {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    std::string text;
    if (node->is_date()) {
      std::ostringstream out;
      out << *node->as_date();
      text = out.str();
    } else if (auto value = node->value<std::string>()) {
      text = *value;
    }
    if (!Date::parse_iso(text)) fail(node, std::string("“") + key + "”应为日期 YYYY-MM-DD (expected a date)");
    return text;
  }

  std::vector<FindingPattern> patterns(const toml::table& table, const char* key) const {
    std::vector<FindingPattern> list;
    const toml::node* node = table.get(key);
    if (!node) return list;
    const toml::array* array = node->as_array();
    if (!array || !array->is_array_of_tables())
      fail(node, std::string("每条发现写成一个 [[") + key + "]] 表 (write each finding as a [[" + key + "]] table)");
    for (const toml::node& item : *array) {
      const toml::table& entry = *item.as_table();
      only_keys(entry, {"rule", "file", "task", "line", "column", "message", "severity", "unit", "suggestion"},
                std::string(key) + ".");
      FindingPattern pattern;
      pattern.toml_line = entry.source().begin.line;
      auto rule = string(entry, "rule");
      if (!rule || rule->empty()) fail(&item, std::string("[[") + key + "]] 缺少 rule = \"规则编号\" (needs rule = \"<rule id>\")");
      pattern.rule = *rule;
      pattern.file = string(entry, "file");
      if (pattern.file) pattern.file = normal_path(*pattern.file);
      pattern.task = string_or_number(entry, "task");
      pattern.line = integer(entry, "line");
      pattern.column = integer(entry, "column");
      pattern.message = string(entry, "message");
      pattern.severity = string(entry, "severity");
      Severity ignored;
      if (pattern.severity && !parse_severity(*pattern.severity, &ignored))
        fail(entry.get("severity"), "severity 应为 error、warning 或 info (severity must be error, warning or info)");
      pattern.unit = string(entry, "unit");
      pattern.suggestion = string(entry, "suggestion");
      list.push_back(std::move(pattern));
    }
    return list;
  }

 private:
  std::string path_;
};

// The plan files (root element `plan`) directly in `dir`, sorted.
std::vector<std::string> plans_in(const std::string& dir) {
  std::vector<std::string> plans;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".xml") continue;
    LoadError error;
    auto doc = Document::load(entry.path().string(), LoadLimits{}, &error);
    if (doc && doc->kind() == DocumentKind::Plan) plans.push_back(normal_path(entry.path().string()));
  }
  std::sort(plans.begin(), plans.end());
  return plans;
}

}  // namespace

bool FindingPattern::matches(const Finding& f, const std::string& file_in_case) const {
  return differences(f, file_in_case, "en").empty();
}

std::vector<std::string> FindingPattern::differences(const Finding& f, const std::string& file_in_case,
                                                     const std::string& lang) const {
  std::vector<std::string> found;
  auto differ = [&](const std::string& zh_field, const std::string& en_field, const std::string& actual,
                    const std::string& wanted) {
    found.push_back(lang == "en" ? en_field + " " + actual + ", not " + wanted
                                 : zh_field + actual + "，而非" + wanted);
  };
  if (f.rule != rule) differ("规则 ", "rule", f.rule, rule);
  if (file) {
    std::string shown = normal_path(f.file);
    bool same = *file == file_in_case || *file == shown || ends_with(shown, "/" + *file);
    if (!same) differ("文件 ", "file", file_in_case, *file);
  }
  if (task && f.task != *task)
    differ("任务 ", "task", f.task.empty() ? words(lang, "（无）", "(none)") : f.task,
           task->empty() ? words(lang, "（无）", "(none)") : *task);
  auto differ_position = [&](const char* zh_unit, const std::string& en_field, int actual, int wanted) {
    found.push_back(lang == "en" ? en_field + " " + std::to_string(actual) + ", not " + std::to_string(wanted)
                                 : "第 " + std::to_string(actual) + " " + zh_unit + "，而非第 " +
                                       std::to_string(wanted) + " " + zh_unit);
  };
  if (line && f.line != *line) differ_position("行", "line", f.line, *line);
  if (column && f.column != *column) differ_position("列", "column", f.column, *column);
  if (severity && severity_name(f.severity) != *severity)
    differ("严重度 ", "severity", severity_name(f.severity), *severity);
  if (unit && f.unit != *unit) differ("单位 ", "unit", f.unit, *unit);
  if (suggestion && f.suggestion != *suggestion) differ("建议 ", "suggestion", f.suggestion, *suggestion);
  if (message && f.message.find(*message) == std::string::npos)
    found.push_back(words(lang, "消息不含", "the message does not contain ") + quoted(*message, lang));
  return found;
}

std::string FindingPattern::describe(const std::string& lang) const {
  std::string text = "[" + rule + "]";
  if (file) text += " " + *file;
  if (task) text += task->empty() ? words(lang, " 不涉及任务", " no task") : words(lang, " 任务 ", " task ") + *task;
  if (line) text += words(lang, " 第 " + std::to_string(*line) + " 行", " line " + std::to_string(*line));
  if (column) text += words(lang, " 第 " + std::to_string(*column) + " 列", " column " + std::to_string(*column));
  if (severity) text += " " + *severity;
  if (unit) text += words(lang, " 单位 ", " unit ") + *unit;
  if (suggestion) text += words(lang, " 建议 ", " suggestion ") + *suggestion;
  if (message) text += words(lang, " 消息含", " message containing ") + quoted(*message, lang);
  return text;
}

bool RuleTestCase::runs(const std::string& rule_id) const {
  return std::find(rules.begin(), rules.end(), rule_id) != rules.end() ||
         std::find(rules.begin(), rules.end(), "*") != rules.end();
}

bool RuleTestCase::expects_firing(const std::string& rule_id) const {
  return std::any_of(expected.begin(), expected.end(), [&](const FindingPattern& p) { return p.rule == rule_id; });
}

RuleTestCase load_rule_test_case(const std::string& dir, const std::string& root) {
  std::string path = normal_path((fs::path(dir) / kCaseFile).string());
  toml::table table = parse_toml_file(path);
  CaseReader read(path);
  read.only_keys(table, {"description", "as_of", "lang", "due_soon_days", "plans", "reports", "rules", "exact",
                         "expect", "expect_not"}, "");
  RuleTestCase c;
  c.dir = normal_path(dir);
  std::string name = relative_to(dir, root);
  c.name = name == "." ? fs::path(c.dir).filename().string() : name;
  c.description = read.string(table, "description").value_or("");
  auto as_of = read.date(table, "as_of");
  if (!as_of) read.fail(nullptr, "缺少 as_of = YYYY-MM-DD：期限规则据以判断的日期 (as_of is required)");
  c.as_of = *as_of;
  c.lang = read.string(table, "lang").value_or("zh");
  if (c.lang != "zh" && c.lang != "en") read.fail(table.get("lang"), "lang 应为 zh 或 en (lang must be zh or en)");
  c.due_soon_days = read.integer(table, "due_soon_days").value_or(14);
  if (const toml::node* exact = table.get("exact")) {
    if (!exact->is_boolean()) read.fail(exact, "exact 应为 true 或 false (exact must be true or false)");
    c.exact = exact->as_boolean()->get();
  }
  c.expected = read.patterns(table, "expect");
  c.forbidden = read.patterns(table, "expect_not");

  for (const std::string& plan : read.strings(table, "plans")) c.plans.push_back(normal_path(c.dir + "/" + plan));
  if (!table.get("plans")) {
    c.plans = plans_in(c.dir);
    if (c.plans.empty()) c.plans = plans_in(normal_path(c.dir + "/.."));  // a plan the rule's cases share
  }
  for (const std::string& report : read.strings(table, "reports"))
    c.reports.push_back(normal_path(c.dir + "/" + report));
  if (c.reports.empty()) c.reports.push_back(c.dir);  // every report in the folder; plans are skipped

  c.rules = read.strings(table, "rules");
  if (!table.get("rules")) {
    std::set<std::string> named;
    for (const auto* list : {&c.expected, &c.forbidden})
      for (const FindingPattern& p : *list)
        if (!is_host_finding(p.rule)) named.insert(p.rule);
    c.rules.assign(named.begin(), named.end());
  }
  if (c.rules.empty())
    read.fail(nullptr, "用例没有运行任何规则：请在 rules = [...] 或 [[expect]]、[[expect_not]] 中写明规则 "
              "(the case runs no rule: name one in rules = [...] or in an [[expect]] / [[expect_not]])");
  return c;
}

std::vector<std::string> find_case_dirs(const std::string& root) {
  std::vector<std::string> dirs;
  std::error_code ec;
  if (fs::is_regular_file(fs::path(root) / kCaseFile, ec)) dirs.push_back(normal_path(root));
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_directory(ec) && fs::is_regular_file(it->path() / kCaseFile, ec))
      dirs.push_back(normal_path(it->path().string()));
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::vector<std::string> default_case_roots(const std::vector<std::string>& rule_dirs) {
  std::vector<std::string> roots;
  for (const std::string& dir : rule_dirs) {
    std::error_code ec;
    std::string tests = normal_path(dir + "/tests");
    if (fs::is_directory(tests, ec)) roots.push_back(display_path(tests));
  }
  return roots;
}

CaseOutcome run_rule_test_case(const RuleTestCase& c, const std::vector<std::string>& extra_rule_dirs) {
  CaseOutcome outcome;
  std::set<std::string> known;
  for (const RuleSource& source : discover_rules(rule_dirs_with(extra_rule_dirs))) known.insert(source.id);
  // A misspelt rule id, in rules = [...] or an [[expect]], is named with its place in
  // case.toml and the closest id there is.
  std::vector<std::string> ids(known.begin(), known.end());
  for (const RuleInfo& host : rules_for_output(CheckResult{})) ids.push_back(host.id);
  auto unknown = [&](const std::string& rule, int line) {
    std::string where = display_path(c.dir + "/case.toml");
    {  // the line that quotes it, at or after where its entry starts
      std::ifstream in(c.dir + "/case.toml");
      int number = 0;
      for (std::string text; std::getline(in, text);) {
        ++number;
        if (number >= line && text.find("\"" + rule + "\"") != std::string::npos) {
          line = number;
          break;
        }
      }
    }
    if (line > 0) where += ":" + std::to_string(line);
    outcome.error = where + ": " +
                    words(c.lang, "没有名为 " + rule + " 的规则", "there is no rule " + rule) +
                    did_you_mean(closest_name(rule, ids), c.lang) +
                    words(c.lang, "（plancheck rules 列出全部规则）", " (plancheck rules lists them)");
  };
  for (const std::string& rule : c.rules)
    if (rule != "*" && !known.count(rule)) {
      unknown(rule, 0);
      return outcome;
    }
  for (const std::vector<FindingPattern>* patterns : {&c.expected, &c.forbidden})
    for (const FindingPattern& pattern : *patterns)
      if (std::find(ids.begin(), ids.end(), pattern.rule) == ids.end()) {
        unknown(pattern.rule, pattern.toml_line);
        return outcome;
      }

  CheckOptions options;
  options.plan_paths = c.plans;
  options.extra_rule_dirs = extra_rule_dirs;
  options.inputs = c.reports;
  options.settings.as_of = *Date::parse_iso(c.as_of);
  options.settings.lang = c.lang;
  options.settings.due_soon_days = c.due_soon_days;
  for (const std::string& id : known)
    if (!c.runs(id)) options.settings.disabled.insert(id);
  options.jobs = 1;  // cases are small; one host is quicker than several
  outcome.result = run_check(options);
  for (const FileStatus& file : outcome.result.files)
    if (!file.checked) outcome.error += (outcome.error.empty() ? "" : "\n") + file.error;
  if (!outcome.error.empty()) return outcome;

  const std::vector<Finding>& findings = outcome.result.findings;
  for (const Finding& f : findings) outcome.files_in_case.push_back(relative_to(f.file, c.dir));

  // Each expected finding takes a finding of its own: a bipartite matching (Kuhn's
  // augmenting paths), so a loose pattern never steals the finding a strict one needs.
  outcome.matched_by.assign(findings.size(), -1);
  std::function<bool(int, std::vector<bool>&)> assign = [&](int e, std::vector<bool>& seen) {
    for (size_t j = 0; j < findings.size(); ++j) {
      if (seen[j] || !c.expected[e].matches(findings[j], outcome.files_in_case[j])) continue;
      seen[j] = true;
      if (outcome.matched_by[j] < 0 || assign(outcome.matched_by[j], seen)) {
        outcome.matched_by[j] = e;
        return true;
      }
    }
    return false;
  };
  for (size_t e = 0; e < c.expected.size(); ++e) {
    std::vector<bool> seen(findings.size(), false);
    if (!assign(static_cast<int>(e), seen)) outcome.missing.push_back(static_cast<int>(e));
  }
  for (size_t j = 0; j < findings.size(); ++j) {
    if (c.exact && outcome.matched_by[j] < 0) outcome.unexpected.push_back(static_cast<int>(j));
    for (size_t k = 0; k < c.forbidden.size(); ++k)
      if (c.forbidden[k].matches(findings[j], outcome.files_in_case[j]))
        outcome.forbidden_found.emplace_back(static_cast<int>(k), static_cast<int>(j));
  }
  return outcome;
}

std::string finding_line(const Finding& f, const std::string& file_in_case, const std::string& lang) {
  std::string text = file_in_case + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + " [" + f.rule + "]";
  if (!f.task.empty()) text += words(lang, " 任务 ", " task ") + f.task;
  std::string message;
  for (char ch : f.message) message += ch == '\n' ? std::string("\n          ") : std::string(1, ch);
  if (!f.suggestion.empty()) message += words(lang, "（建议：" + f.suggestion + "）", " (suggestion: " + f.suggestion + ")");
  return text + words(lang, "：", ": ") + message;
}

std::string describe_failure(const RuleTestCase& c, const CaseOutcome& outcome, const std::string& lang) {
  std::ostringstream out;
  if (!outcome.error.empty()) {
    std::string indented;
    for (char ch : outcome.error) indented += ch == '\n' ? std::string("\n    ") : std::string(1, ch);
    out << "    " << indented << "\n";
    return out.str();
  }
  const std::vector<Finding>& findings = outcome.result.findings;
  std::string case_file = normal_path(c.dir + "/" + kCaseFile);
  auto at_toml_line = [&](int line) {
    return words(lang, "（" + case_file + " 第 " + std::to_string(line) + " 行）",
                 " (" + case_file + " line " + std::to_string(line) + ")");
  };
  for (int e : outcome.missing) {
    const FindingPattern& pattern = c.expected[e];
    out << "    - " << words(lang, "期望但没有出现：", "expected, not found: ") << pattern.describe(lang)
        << at_toml_line(pattern.toml_line) << "\n";
    // The unclaimed finding of the same rule that comes closest, and how it differs.
    int closest = -1;
    size_t fewest = 0;
    for (size_t j = 0; j < findings.size(); ++j) {
      if (outcome.matched_by[j] >= 0 || findings[j].rule != pattern.rule) continue;
      size_t count = pattern.differences(findings[j], outcome.files_in_case[j], lang).size();
      if (closest < 0 || count < fewest) closest = static_cast<int>(j), fewest = count;
    }
    if (closest >= 0) {
      std::string differs;
      for (const std::string& d : pattern.differences(findings[closest], outcome.files_in_case[closest], lang))
        differs += (differs.empty() ? "" : words(lang, "；", "; ")) + d;
      out << "        " << words(lang, "最接近的：", "closest: ") << outcome.files_in_case[closest] << ":"
          << findings[closest].line << ":" << findings[closest].column << words(lang, "，", ", ") << differs << "\n";
    }
  }
  for (int j : outcome.unexpected)
    out << "    + " << words(lang, "出现但没有期望：", "found, not expected: ")
        << finding_line(findings[j], outcome.files_in_case[j], lang) << "\n";
  for (const auto& [k, j] : outcome.forbidden_found)
    out << "    ! " << words(lang, "不应出现：", "found, but must not be: ")
        << finding_line(findings[j], outcome.files_in_case[j], lang) << at_toml_line(c.forbidden[k].toml_line)
        << "\n";
  for (size_t j = 0; j < findings.size(); ++j)
    if (outcome.matched_by[j] >= 0)
      out << "      " << words(lang, "符合期望：", "as expected: ")
          << finding_line(findings[j], outcome.files_in_case[j], lang) << "\n";
  return out.str();
}

}  // namespace plancheck
