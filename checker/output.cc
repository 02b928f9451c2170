#include "output.h"

#include <algorithm>
#include <map>

namespace plancheck {

bool FailOn::parse(const std::string& text, FailOn* out) {
  if (text == "never") {
    out->never = true;
    return true;
  }
  out->never = false;
  return parse_severity(text, &out->at_least);
}

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> formats = {
      {"text", write_text},
      {"json", write_json},
      {"sarif", write_sarif},
      {"junit", write_junit},
      {"github", write_github},
      {"html", write_html},
  };
  return formats;
}

const OutputFormat* find_output_format(const std::string& name) {
  for (const OutputFormat& format : output_formats())
    if (name == format.name) return &format;
  return nullptr;
}

PlanFiles::PlanFiles(const CheckResult& result) {
  for (const FileStatus& file : result.files)
    if (file.kind == "plan") paths_.push_back(file.path);
  std::sort(paths_.begin(), paths_.end());
}

bool PlanFiles::contains(const std::string& path) const {
  return std::binary_search(paths_.begin(), paths_.end(), path);
}

SplitFindings split_findings(const CheckResult& result) {
  PlanFiles plans(result);
  SplitFindings split;
  for (const Finding& f : result.findings) (plans.about_plan(f) ? split.plans : split.reports).push_back(&f);
  return split;
}

int exit_status(const CheckResult& result, const FailOn& fail_on) {
  if (result.could_not_check()) return 2;
  PlanFiles plans(result);
  for (const Finding& f : result.findings)
    if (fails_run(f, fail_on, plans.about_plan(f))) return 1;
  return 0;
}

std::vector<FileGroup> group_by_file(const CheckResult& result, const FailOn& fail_on) {
  std::map<std::string, FileGroup> groups;
  for (const FileStatus& file : result.files) {
    FileGroup& group = groups[file.path];
    group.path = file.path;
    group.status = &file;
    group.rejected = group.rejected || !file.checked;
  }
  PlanFiles plans(result);
  for (const Finding& f : result.findings) {
    FileGroup& group = groups[f.file];
    group.path = f.file;
    group.findings.push_back(&f);
    group.rejected = group.rejected || fails_run(f, fail_on, plans.about_plan(f));
  }
  std::vector<FileGroup> sorted;
  for (auto& entry : groups) sorted.push_back(std::move(entry.second));
  return sorted;
}

namespace {

RuleInfo host_rule(const char* id, Severity severity, const char* zh, const char* en) {
  RuleInfo rule;
  rule.id = id;
  rule.severity = severity;
  rule.kind = "host";
  rule.summary_zh = rule.description_zh = zh;
  rule.summary_en = rule.description_en = en;
  return rule;
}

}  // namespace

std::vector<RuleInfo> rules_for_output(const CheckResult& result) {
  static const std::vector<RuleInfo> host_rules = {
      host_rule("schema", Severity::Error, "文件不符合 schemas/ 中的 XML 模式", "the file does not validate against schemas/"),
      host_rule("rule-error", Severity::Error, "规则运行出错或超出预算", "a rule failed or exceeded its budget"),
      host_rule("waiver-expired", Severity::Warning, "豁免已过期，不再生效", "a waiver has expired and no longer applies"),
      host_rule("waiver-unused", Severity::Info, "豁免没有匹配任何问题", "a waiver matched no finding"),
      // What converting a Word, PDF, web-page or text report found (report_source.h).
      host_rule("report-table", Severity::Warning, "报告中的任务表格无法完整读取（行列不齐等）",
                "a task table of the report cannot be read whole (ragged rows, …)"),
      host_rule("report-task-match", Severity::Error, "报告表格中的一行无法对应到方案中的任务",
                "a row of the report's task table matches no task of the plan"),
  };
  std::vector<RuleInfo> rules = result.rules;
  for (const RuleInfo& host : host_rules)
    if (std::none_of(rules.begin(), rules.end(), [&](const RuleInfo& r) { return r.id == host.id; }))
      rules.push_back(host);
  std::sort(rules.begin(), rules.end(), [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  return rules;
}

std::string severity_word(Severity s, const OutputOptions& o) {
  switch (s) {
    case Severity::Error: return tr(o, "错误", "error");
    case Severity::Warning: return tr(o, "警告", "warning");
    case Severity::Info: return tr(o, "提示", "info");
  }
  return "";
}

SeverityCounts count_severities(const std::vector<const Finding*>& findings) {
  SeverityCounts counts;
  for (const Finding* f : findings) {
    if (f->severity == Severity::Error) ++counts.error;
    else if (f->severity == Severity::Warning) ++counts.warning;
    else ++counts.info;
  }
  return counts;
}

SeverityCounts count_severities(const std::vector<Finding>& findings) {
  SeverityCounts counts;
  for (const Finding& f : findings) {
    if (f.severity == Severity::Error) ++counts.error;
    else if (f.severity == Severity::Warning) ++counts.warning;
    else ++counts.info;
  }
  return counts;
}

}  // namespace plancheck
