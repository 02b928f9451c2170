// The compiler-style text format: `file:line:col: severity [rule] message`.
#include <sstream>

#include "output.h"

namespace plancheck {

namespace {

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return "\033[1;31m";
    case Severity::Warning: return "\033[1;33m";
    case Severity::Info: return "\033[1;36m";
  }
  return "";
}

// Continuation lines of a message (a rule's traceback) are indented under it.
std::string indent_continuations(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

}  // namespace

void write_text(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  const char* bold = o.color ? "\033[1m" : "";
  const char* dim = o.color ? "\033[2m" : "";
  const char* reset = o.color ? "\033[0m" : "";
  for (const std::string& problem : result.problems) out << bold << "plancheck: " << problem << reset << "\n";
  auto write_finding = [&](const Finding& f) {
    out << bold << f.file << ":" << f.line << ":" << f.column << ":" << reset << " ";
    if (f.has_place()) out << "(" << f.place_text << ") ";  // where it is in the Word/PDF original
    out << (o.color ? severity_color(f.severity) : "") << severity_word(f.severity, o) << reset << " " << dim << "["
        << f.rule << "]" << reset << " " << indent_continuations(f.message) << "\n";
    if (!f.suggestion.empty()) out << "    " << tr(o, "建议：", "suggestion: ") << f.suggestion << "\n";
    if (f.waived)
      out << "    " << tr(o, "已豁免：", "waived: ") << f.waiver_reason << tr(o, "（批准：", " (approved by ")
          << f.waiver_approver << tr(o, "）", ")") << "\n";
    else if (f.in_baseline)
      out << "    " << tr(o, "已在基线中，不计入结果", "in the baseline: does not fail the run") << "\n";
  };
  for (const FileStatus& file : result.files)
    if (!file.checked) out << bold << file.error << reset << "\n";
  // The units' findings first; the plan's own notes after them, under their own heading.
  SplitFindings split = split_findings(result);
  for (const Finding* f : split.reports) write_finding(*f);
  if (!split.plans.empty()) {
    out << (split.reports.empty() ? "" : "\n") << bold
        << tr(o, "方案自身的问题（" + std::to_string(split.plans.size()) + " 条，不影响各单位报告是否通过）：",
              "Findings about the plan itself (" + std::to_string(split.plans.size()) +
                  "; they do not fail any unit's report):")
        << reset << "\n";
    for (const Finding* f : split.plans) write_finding(*f);
  }
  // Each report's verdict, as the KoSIT validator gives it; plans have none.
  if (!result.files.empty()) out << (result.findings.empty() ? "" : "\n");
  for (const FileGroup& group : group_by_file(result, o.fail_on)) {
    if (!group.status) continue;
    if (group.is_plan())
      out << tr(o, "方案   ", "plan     ") << group.path
          << (group.status->checked ? "" : tr(o, "（无法读取）", " (unreadable)")) << "\n";
    else
      out << (group.rejected ? tr(o, "不通过 ", "rejected ") : tr(o, "通过   ", "accepted ")) << group.path << "\n";
    if (!group.status->note.empty()) out << "       " << tr(o, "注：", "note: ") << group.status->note << "\n";
  }
  SeverityCounts counts = count_severities(split.reports), plan_counts = count_severities(split.plans);
  // Plans and reports are counted apart, so a run that read no report cannot look clean.
  int unreadable = 0, plans = 0, reports = 0, report_files = 0;
  for (const FileStatus& file : result.files) {
    unreadable += file.checked ? 0 : 1;
    (file.kind == "plan" ? plans : reports) += file.checked ? 1 : 0;
    report_files += file.kind == "plan" ? 0 : 1;
  }
  size_t skipped = result.skipped.size();
  std::ostringstream summary;
  if (report_files == 0 && result.problems.empty()) {  // lint-plan: the plans are all there is
    summary << tr(o, "共 " + std::to_string(plans) + " 个方案：", std::to_string(plans) + " plan(s): ")
            << plan_counts.error << tr(o, " 个错误，", " error(s), ") << plan_counts.warning
            << tr(o, " 个警告，", " warning(s), ") << plan_counts.info << tr(o, " 条提示", " info");
    if (unreadable) summary << tr(o, "；" + std::to_string(unreadable) + " 个文件无法检查",
                                  "; " + std::to_string(unreadable) + " file(s) could not be checked");
  } else if (o.lang == "en") {
    summary << counts.error << " error(s), " << counts.warning << " warning(s), " << counts.info << " info in "
            << plans << " plan(s) and " << reports << " report(s)";
    if (!split.plans.empty())
      summary << "; the plan: " << plan_counts.error << " error(s), " << plan_counts.warning << " warning(s), "
              << plan_counts.info << " info";
    if (unreadable) summary << "; " << unreadable << " file(s) could not be checked";
    if (skipped) summary << "; " << skipped << " file(s) skipped, not reports (--verbose lists them)";
  } else {
    summary << "共 " << plans << " 个方案、" << reports << " 份报告：" << counts.error << " 个错误，" << counts.warning
            << " 个警告，" << counts.info << " 条提示";
    if (!split.plans.empty())
      summary << "；方案自身：" << plan_counts.error << " 个错误，" << plan_counts.warning << " 个警告，"
              << plan_counts.info << " 条提示";
    if (unreadable) summary << "；" << unreadable << " 个文件无法检查";
    if (skipped) summary << "；跳过 " << skipped << " 个非报告文件（--verbose 列出）";
  }
  out << (result.files.empty() ? "" : "\n") << bold << summary.str() << reset << "\n";
}

}  // namespace plancheck
