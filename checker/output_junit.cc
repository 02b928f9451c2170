// JUnit XML (the Ant schema CI dashboards read): one testsuite per file, one passing
// testcase per rule that found nothing there, and one testcase per finding with a
// <failure> (<skipped> when waived or in the baseline). The schema allows one failure
// per testcase, so a rule with three findings in a file is three testcases.
#include <algorithm>
#include <ctime>
#include <sstream>

#include <pugixml.hpp>

#include "output.h"

namespace plancheck {

namespace {

// XML 1.0 has no place for most control characters; a rule's message could hold one.
std::string xml_safe(const std::string& text) {
  std::string out;
  for (unsigned char c : text)
    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += static_cast<char>(c);
  return out;
}

// xs:token: no leading, trailing or repeated spaces, no tabs or newlines.
std::string as_token(const std::string& text) {
  std::string out;
  for (char c : xml_safe(text)) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? "-" : out;
}

std::string timestamp_now() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &local);
  return text;
}

std::string finding_detail(const Finding& f, const OutputOptions& o) {
  std::ostringstream detail;
  detail << f.file << ":" << f.line << ":" << f.column << ": " << severity_name(f.severity) << " [" << f.rule
         << "] " << f.message;
  if (!f.task.empty()) detail << "\n" << tr(o, "任务：", "task: ") << f.task;
  if (!f.unit.empty()) detail << "\n" << tr(o, "单位：", "unit: ") << f.unit;
  if (!f.suggestion.empty()) detail << "\n" << tr(o, "建议：", "suggestion: ") << f.suggestion;
  return detail.str();
}

void add_property(pugi::xml_node properties, const char* name, const std::string& value) {
  pugi::xml_node property = properties.append_child("property");
  property.append_attribute("name") = name;
  property.append_attribute("value") = xml_safe(value).c_str();
}

}  // namespace

void write_junit(std::ostream& out, const CheckResult& result, const OutputOptions& o) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node suites = doc.append_child("testsuites");
  std::string timestamp = timestamp_now();
  int id = 0;
  for (const FileGroup& group : group_by_file(result, o.fail_on)) {
    pugi::xml_node suite = suites.append_child("testsuite");
    suite.append_attribute("name") = as_token(group.path).c_str();
    suite.append_attribute("package") = "plancheck";
    suite.append_attribute("id") = id++;
    suite.append_attribute("timestamp") = timestamp.c_str();
    suite.append_attribute("hostname") = "localhost";
    pugi::xml_node properties = suite.append_child("properties");
    add_property(properties, "verdict", group.verdict());
    add_property(properties, "as_of", result.as_of);
    if (group.status) {
      add_property(properties, "kind", group.status->kind);
      if (!group.status->unit.empty()) add_property(properties, "unit", group.status->unit);
      if (!group.status->plan_id.empty()) add_property(properties, "plan", group.status->plan_id);
    }
    std::string classname = as_token(group.path);
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    auto add_case = [&](const std::string& name) {
      ++tests;
      pugi::xml_node testcase = suite.append_child("testcase");
      testcase.append_attribute("name") = as_token(name).c_str();
      testcase.append_attribute("classname") = classname.c_str();
      testcase.append_attribute("time") = "0";
      return testcase;
    };
    if (group.status && !group.status->checked) {
      pugi::xml_node error = add_case("read").append_child("error");
      error.append_attribute("message") = xml_safe(group.status->error).c_str();
      error.append_attribute("type") = "unreadable";
      error.text() = xml_safe(group.status->error).c_str();
      ++errors;
    }
    std::vector<std::string> rules_with_findings;
    for (const Finding* f : group.findings) {
      rules_with_findings.push_back(f->rule);
      std::string name = f->rule + " " + std::to_string(f->line) + ":" + std::to_string(f->column);
      pugi::xml_node testcase = add_case(name);
      std::string detail = xml_safe(finding_detail(*f, o));
      // The plan's own notes never fail a suite unless --fail-on-plan: they are shown as
      // skipped cases, so a dashboard lists them without counting the plan as failing.
      bool plan_note = group.is_plan() && !o.fail_on.plan;
      if (plan_note) {
        pugi::xml_node skip = testcase.append_child("skipped");
        skip.append_attribute("message") =
            xml_safe(tr(o, "方案自身的问题，不计入结果：", "about the plan itself, not counted: ") + f->message).c_str();
        skip.text() = detail.c_str();
        ++skipped;
      } else if (f->suppressed()) {
        std::string why = f->waived ? tr(o, "已豁免：", "waived: ") + f->waiver_reason + " (" + f->waiver_approver + ")"
                                    : tr(o, "已在基线中", "in the baseline");
        pugi::xml_node skip = testcase.append_child("skipped");
        skip.append_attribute("message") = xml_safe(why).c_str();
        skip.text() = detail.c_str();
        ++skipped;
      } else {
        pugi::xml_node failure = testcase.append_child("failure");
        failure.append_attribute("message") = xml_safe(f->message).c_str();
        failure.append_attribute("type") = severity_name(f->severity);
        failure.text() = detail.c_str();
        ++failures;
      }
    }
    // Every rule that judged this file and found nothing is a passing testcase.
    if (group.status && group.status->checked)
      for (const RuleInfo& rule : rules_for_output(result)) {
        bool judged = rule.kind == group.status->kind || rule.id == "schema";
        bool found = std::find(rules_with_findings.begin(), rules_with_findings.end(), rule.id) !=
                     rules_with_findings.end();
        if (judged && !found) add_case(rule.id);
      }
    suite.append_child("system-out").text() = (group.path + ": " + group.verdict()).c_str();
    suite.append_child("system-err").text() =
        group.status && !group.status->checked ? xml_safe(group.status->error).c_str() : "";
    suite.append_attribute("tests") = tests;
    suite.append_attribute("failures") = failures;
    suite.append_attribute("errors") = errors;
    suite.append_attribute("skipped") = skipped;
    suite.append_attribute("time") = "0";
  }
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace plancheck
