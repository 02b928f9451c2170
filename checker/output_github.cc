// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message`
// annotation per finding, then each file's verdict as a plain log line.
#include "output.h"

namespace plancheck {

namespace {

// The runner's escaping (actions/toolkit, command.ts): data escapes %, \r and \n;
// property values also : and ,.
std::string escape_data(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(const std::string& text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

// Waived and baselined findings do not fail the run, so they are notices whatever
// their severity; so are infos (GitHub has no fourth level).
const char* command_for(const Finding& f) {
  if (f.suppressed() || f.severity == Severity::Info) return "notice";
  return f.severity == Severity::Error ? "error" : "warning";
}

}  // namespace

void write_github(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  for (const FileStatus& file : result.files)
    if (!file.checked)
      out << "::error file=" << escape_property(file.path) << ",title=" << escape_property("plancheck") << "::"
          << escape_data(file.error) << "\n";
  for (const Finding& f : result.findings) {
    std::string title = "[" + f.rule + "] " + severity_name(f.severity);
    if (!f.task.empty()) title += tr(o, " 任务 ", " task ") + f.task;
    std::string message = f.message;
    if (!f.suggestion.empty()) message += "\n" + tr(o, "建议：", "suggestion: ") + f.suggestion;
    if (f.waived)
      message += "\n" + tr(o, "已豁免：", "waived: ") + f.waiver_reason + " (" + f.waiver_approver + ")";
    else if (f.in_baseline)
      message += "\n" + tr(o, "已在基线中", "in the baseline");
    out << "::" << command_for(f) << " file=" << escape_property(f.file) << ",line=" << f.line
        << ",col=" << f.column << ",title=" << escape_property(title) << "::" << escape_data(message) << "\n";
  }
  for (const FileGroup& group : group_by_file(result, o.fail_on))
    if (group.status)
      out << "plancheck: " << escape_data(group.path) << ": " << group.verdict() << "\n";
}

}  // namespace plancheck
