// `plancheck check` and `plancheck rules`.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "atomic_file.h"
#include "check_controls.h"
#include "display_width.h"
#include "tools.h"

namespace plancheck {

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

void add_rule_options(CLI::App* command, CommonOptions& o) {
  command->add_option("--rules", o.rule_dirs, "加载另一个规则目录；同名规则替换内置规则 (add a rule folder)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingDirectory);
  command->add_option("--max-instructions", o.max_instructions, "每条规则每份文件的指令预算 (instruction budget)")
      ->capture_default_str();
  command->add_option("--max-rule-seconds", o.max_rule_seconds, "每条规则每份文件的时间上限 (seconds)")
      ->capture_default_str();
  command->add_option("--max-rule-memory", o.max_rule_memory_mib, "规则内存上限 MiB (per worker)")
      ->capture_default_str();
}

void add_output_option(CLI::App* command, std::string& output) {
  // `-o -` is standard output, as scripts write it; the value is emptied before it is stored.
  command->add_option("--output,-o", output, "写入文件而非标准输出，- 即标准输出 (write to FILE; - is standard output)")
      ->transform(CLI::Validator(
          [](std::string& value) {
            if (value == "-") value.clear();
            return std::string();
          },
          "", "dash"));
}

void add_run_options(CLI::App* command, CommonOptions& o) {
  command->add_option("--as-of", o.as_of, "按此日期判断期限，默认今天 (YYYY-MM-DD)");
  command->add_option("--lang", o.lang, "消息语言 (message language)")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  command->add_option("--due-soon-days", o.due_soon_days, "临近期限的天数 (deadline-due-soon window)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_option("--max-file-size", o.max_file_mib, "单个文件大小上限 MiB")->capture_default_str();
  command->add_option("--max-depth", o.max_depth, "元素嵌套层数上限 (element nesting)")->capture_default_str();
}

RunSettings run_settings(const CommonOptions& o) {
  RunSettings settings;
  if (o.as_of.empty()) {
    settings.as_of = today();
  } else {
    auto date = Date::parse_iso(o.as_of);
    if (!date)
      throw CLI::ValidationError("--as-of", o.lang == "en" ? "expected a date YYYY-MM-DD, got " + o.as_of
                                                           : "应为日期 YYYY-MM-DD（如 2023-11-20），收到 " + o.as_of);
    settings.as_of = *date;
  }
  settings.lang = o.lang;
  settings.due_soon_days = o.due_soon_days;
  settings.limits.instructions = o.max_instructions;
  settings.limits.seconds = o.max_rule_seconds;
  settings.limits.memory_bytes = o.max_rule_memory_mib << 20;
  return settings;
}

LoadLimits load_limits(const CommonOptions& o) {
  LoadLimits limits;
  limits.max_file_bytes = o.max_file_mib << 20;
  limits.max_depth = o.max_depth;
  return limits;
}

void write_output(const std::string& path, const std::string& format_name, const CheckResult& result,
                  OutputOptions options) {
  const OutputFormat* format = find_output_format(format_name);
  if (path.empty()) {
    const char* no_color = std::getenv("NO_COLOR");
    options.color = format_name == "text" && isatty(STDOUT_FILENO) && !(no_color && *no_color);
    std::ostringstream text;  // written with write(2), so that a failure keeps its reason
    format->write(text, result, options);
    write_stdout(text.str());
    return;
  }
  write_file_atomically(path, [&](std::ostream& out) { format->write(out, result, options); });
}

void write_run_problems(const CheckResult& result, const std::string& format, const std::string& output,
                        bool verbose, bool english) {
  // Unreadable files are named on stderr too, so they are seen whatever the format.
  if (format != "text" || !output.empty()) {
    for (const FileStatus& file : result.files)
      if (!file.checked) std::cerr << file.error << "\n";
    for (const std::string& problem : result.problems) std::cerr << "plancheck: " << problem << "\n";
  }
  // A document judged by its content might be a report titled unlike one: always named.
  for (const SkippedFile& file : result.skipped)
    if (verbose || file.by_content)
      std::cerr << file.path << (english ? ": skipped, " : "：已跳过，")
                << (!file.reason.empty() ? file.reason : english ? "not a report" : "不是报告") << "\n";
}

namespace {

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const OutputFormat& format : output_formats()) names.push_back(format.name);
  return names;
}

struct CheckCommand {
  CommonOptions common;
  std::vector<std::string> plans;
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  bool fail_on_plan = false;
  int jobs = 0;
  bool timing = false;
  std::string report_unit, report_submitted;  // for Word/PDF/text reports that name neither
  bool verbose = false;
  RunControls controls;
  CLI::App* app = nullptr;  // to tell flags given from defaults, which the config may change
};

// --timing: each rule's share of the run, slowest first (as ESLint's TIMING=1), on
// stderr so that the findings on stdout stay as they are.
void write_timing(std::ostream& out, const CheckResult& result, bool english) {
  double total = 0;
  size_t width = display_width(english ? "rule" : "规则");
  for (const RuleTiming& t : result.timing) {
    total += t.seconds;
    width = std::max(width, t.rule.size());
  }
  out << (english ? "Rule timing (all workers together):\n" : "规则耗时（所有工作线程合计）：\n");
  out << pad_right(english ? "rule" : "规则", width) << pad_left(english ? "ms" : "毫秒", 11)
      << pad_left(english ? "share" : "占比", 8) << "\n";
  for (const RuleTiming& t : result.timing) {
    char figures[64];
    std::snprintf(figures, sizeof figures, "%11.1f%7.1f%%", 1000 * t.seconds, total > 0 ? 100 * t.seconds / total : 0.0);
    out << pad_right(t.rule, width) << figures << "\n";
  }
}

int run_check_command(CheckCommand c) {
  ConfiguredRun configured = configure_run(c.controls, *c.app, c.common, c.fail_on);
  CheckOptions options;
  options.plan_paths = c.plans;
  options.extra_rule_dirs = c.common.rule_dirs;
  options.inputs = c.inputs;
  options.settings = run_settings(c.common);
  options.load_limits = load_limits(c.common);
  options.jobs = c.jobs;
  options.status = c.format == "html";  // the HTML report has a status section
  options.settings.disabled = configured.disabled;
  options.report_unit = c.report_unit;
  options.report_submitted = c.report_submitted;
  CheckResult result = run_check(options);
  bool english = c.common.lang == "en";
  if (result.stopped_by_signal) {  // Ctrl-C: nothing is written, not even a partial baseline
    std::cerr << (english ? "plancheck: interrupted; nothing was written\n" : "plancheck: 已中断，未写入任何文件\n");
    return result.stopped_by_signal;
  }
  finish_run(configured, c.controls, options.settings, result);
  OutputOptions output;
  output.lang = c.common.lang;
  FailOn::parse(c.fail_on, &output.fail_on);
  output.fail_on.plan = c.fail_on_plan;
  write_output(c.output, c.format, result, output);  // throws WriteError: exit status 2
  if (c.timing) write_timing(std::cerr, result, english);
  write_run_problems(result, c.format, c.output, c.verbose, english);
  return exit_status(result, output.fail_on);
}

}  // namespace

void add_check_tool(CLI::App& app, int* exit_code) {
  auto command = std::make_shared<CheckCommand>();
  CLI::App* sub = app.add_subcommand("check", "对照实施方案检查进展报告 (check reports against their plan)");
  sub->add_option("--plan", command->plans, "实施方案 XML，可多次给出 (plan XML; repeatable)")
      ->required()
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  add_rule_options(sub, command->common);
  add_run_options(sub, command->common);
  sub->add_option("--format", command->format, "输出格式 (output format)")
      ->check(CLI::IsMember(format_names()))
      ->capture_default_str();
  add_output_option(sub, command->output);
  sub->add_option("--fail-on", command->fail_on, "达到此严重度即以 1 退出 (lowest severity that fails)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  sub->add_flag("--fail-on-plan", command->fail_on_plan,
                "方案自身的问题（方案检查规则）也按 --fail-on 计入退出码；默认不计 (plan-lint findings count for --fail-on too)");
  sub->add_option("-j,--jobs", command->jobs, "并行线程数，默认 CPU 核数 (worker threads)")->check(CLI::NonNegativeNumber);
  sub->add_flag("--timing", command->timing, "在标准错误输出每条规则的耗时 (print each rule's time to stderr)");
  sub->add_option("--unit", command->report_unit,
                  "Word/PDF/文本报告未写明报送单位时使用 (unit of a Word/PDF/text report that names none)");
  sub->add_option("--submitted", command->report_submitted,
                  "Word/PDF/文本报告未写明报送日期时使用 (its date, YYYY-MM-DD)")
      ->check([](const std::string& text) {
        return Date::parse_iso(text) ? std::string() : "expected a date YYYY-MM-DD, got " + text;
      });
  sub->add_flag("--verbose", command->verbose, "在标准错误列出跳过的非报告文件 (list the files skipped as not reports)");
  sub->add_option("reports", command->inputs, "进展报告文件或目录 (report files or folders)")->required();
  add_control_options(sub, command->controls);
  command->app = sub;
  sub->callback([command, exit_code] { *exit_code = run_check_command(*command); });
}

void add_rules_tool(CLI::App& app, int* exit_code) {
  struct RulesCommand {
    CommonOptions common;
    std::string format = "text";
  };
  auto command = std::make_shared<RulesCommand>();
  CLI::App* sub = app.add_subcommand("rules", "列出规则：编号、严重度、摘要 (list rules)");
  add_rule_options(sub, command->common);
  sub->add_option("--lang", command->common.lang, "语言 (language)")->check(CLI::IsMember({"zh", "en"}));
  sub->add_option("--format", command->format, "text 或 json")->check(CLI::IsMember({"text", "json"}));
  sub->callback([command, exit_code] {
    RunSettings settings = run_settings(command->common);
    std::vector<std::string> dirs = rule_dirs_with(command->common.rule_dirs);
    LuaHost host(discover_rules_or_fail(dirs), dirs, settings);
    bool english = command->common.lang == "en";
    if (command->format == "json") {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const RuleInfo& rule : host.rules())
        list.push_back({{"id", rule.id},
                        {"severity", severity_name(rule.severity)},
                        {"kind", rule.kind},
                        {"summary", english ? rule.summary_en : rule.summary_zh},
                        {"path", shown_data_path(rule.path)}});
      write_stdout(list.dump(2) + "\n");
    } else {
      size_t width = 0;
      for (const RuleInfo& rule : host.rules()) width = std::max(width, rule.id.size());
      for (const RuleInfo& rule : host.rules()) {
        std::string summary = english ? rule.summary_en : rule.summary_zh;
        if (summary.empty()) summary = english ? rule.summary_zh : rule.summary_en;
        std::cout << rule.id << std::string(width - rule.id.size() + 2, ' ') << severity_name(rule.severity)
                  << std::string(9 - std::string(severity_name(rule.severity)).size(), ' ') << summary << "\n";
      }
    }
    *exit_code = 0;
  });
}

}  // namespace plancheck
