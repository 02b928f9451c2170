#include "cli_errors.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "suggest.h"

namespace plancheck {

std::string lang_from_argv(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--lang=en" || (arg == "--lang" && i + 1 < argc && std::string(argv[i + 1]) == "en")) return "en";
  }
  return "zh";
}

namespace {

struct Words {
  bool english;
  std::string operator()(const std::string& zh, const std::string& en) const { return english ? en : zh; }
};

// The subcommand argv names, or nullptr.
const CLI::App* chosen_subcommand(const CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i)
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
      if (sub->get_name() == argv[i]) return sub;
  return nullptr;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

// Every spelling of the options of `command`: --plan, -o, --output.
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

const CLI::Option* find_option(const CLI::App* command, const std::string& name) {
  if (!command) return nullptr;
  for (const CLI::Option* option : command->get_options())
    if (option->get_name() == name || option->check_name(name)) return option;
  return nullptr;
}

// The part of a bilingual help text "中文 (English)" for the language.
std::string description_in(const CLI::Option* option, const Words& w) {
  if (!option) return "";
  std::string text = option->get_description();
  size_t open = text.rfind(" (");
  if (open == std::string::npos || text.back() != ')') return text;
  return w.english ? text.substr(open + 2, text.size() - open - 3) : text.substr(0, open);
}

std::string first_bare_word(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i)
    if (argv[i][0] != '-') return argv[i];
  return "";
}

std::string unknown_subcommand(const CLI::App& app, const std::string& typed, const Words& w) {
  std::vector<std::string> names = subcommand_names(app);
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : w("、", ", ")) + name;
  if (typed.empty()) return w("缺少子命令：请给出 " + list + " 之一", "a subcommand is required: one of " + list);
  return w("没有子命令“" + typed + "”", "there is no subcommand \"" + typed + "\"") +
         did_you_mean(closest_name(typed, names), w.english ? "en" : "zh") +
         w("（子命令：" + list + "）", " (subcommands: " + list + ")");
}

// "Value -1 not in range 0 to 1.797693e+308" and the like, shortened.
std::string validation_detail(const std::string& detail, const CLI::Option* option, const Words& w) {
  std::smatch m;
  static const std::regex kRange(R"re(Value (\S+) not in range (\S+) to (\S+))re");
  if (std::regex_search(detail, m, kRange)) {
    double high = std::strtod(m[3].str().c_str(), nullptr);
    std::string low = m[2].str();
    if (low.find('.') != std::string::npos) low = low.substr(0, low.find('.'));
    if (high > 1e15)
      return w("须为不小于 " + low + " 的数，收到 " + m[1].str(), "must be a number of at least " + low + ", got " + m[1].str());
    return w("须在 " + low + " 到 " + m[3].str() + " 之间，收到 " + m[1].str(),
             "must be between " + low + " and " + m[3].str() + ", got " + m[1].str());
  }
  static const std::regex kFile(R"(File does not exist: (.*))"), kDir(R"(Directory does not exist: (.*))"),
      kIsDir(R"(File is actually a directory: (.*))");
  if (std::regex_search(detail, m, kFile)) return w("文件不存在：", "no such file: ") + m[1].str();
  if (std::regex_search(detail, m, kDir)) return w("目录不存在：", "no such folder: ") + m[1].str();
  if (std::regex_search(detail, m, kIsDir)) return w("这是目录，不是文件：", "a folder, not a file: ") + m[1].str();
  static const std::regex kMember(R"re((.*) not in \{(.*)\})re");
  if (std::regex_search(detail, m, kMember)) {
    std::vector<std::string> allowed;
    std::string list = m[2].str(), shown;
    for (size_t start = 0; start <= list.size();) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      allowed.push_back(list.substr(start, comma - start));
      shown += (shown.empty() ? "" : w("、", ", ")) + allowed.back();
      start = comma + 1;
    }
    return w("不能是“" + m[1].str() + "”，可选：" + shown, "cannot be \"" + m[1].str() + "\"; one of " + shown) +
           did_you_mean(closest_name(m[1].str(), allowed), w.english ? "en" : "zh");
  }
  (void)option;
  return detail;
}

}  // namespace

std::string describe_parse_error(const CLI::App& app, const CLI::ParseError& error, int argc,
                                 const char* const* argv, const std::string& lang) {
  Words w{lang == "en"};
  const CLI::App* sub = chosen_subcommand(app, argc, argv);
  std::string what = error.what(), text;
  std::string name = error.get_name();
  // Known by their text too: the error's name is not set the same way by every throw.
  if (what.find(" not expected: ") != std::string::npos) name = "ExtrasError";
  if (what.find(" is required") != std::string::npos || what.find("subcommand") != std::string::npos)
    name = "RequiredError";
  std::smatch m;
  if (!sub && (name == "RequiredError" || name == "ExtrasError")) {
    text = unknown_subcommand(app, first_bare_word(argc, argv), w);
  } else if (name == "RequiredError") {
    std::string missing = what.substr(0, what.find(" is required"));
    const CLI::Option* option = find_option(sub, missing);
    std::string about = description_in(option, w);
    if (!missing.empty() && missing[0] == '-')
      text = w("缺少必需的选项 " + missing, "missing the required option " + missing) +
             (about.empty() ? "" : w("（" + about + "）", " (" + about + ")"));
    else
      text = w("缺少" + (about.empty() ? "参数 " + missing : about), "missing " + (about.empty() ? missing : about));
  } else if (name == "ExtrasError") {
    std::string list = what.substr(what.find(": ") == std::string::npos ? 0 : what.find(": ") + 2);
    std::vector<std::string> known = option_names(*sub);
    for (size_t start = 0; start < list.size();) {
      size_t space = list.find(' ', start);
      if (space == std::string::npos) space = list.size();
      std::string arg = list.substr(start, space - start);
      start = space + 1;
      if (arg.empty()) continue;
      if (!text.empty()) text += "\n";
      if (arg[0] == '-' && arg.size() > 1 && !std::isdigit(static_cast<unsigned char>(arg[1]))) {
        std::string option = arg.substr(0, arg.find('='));
        text += w(sub->get_name() + " 没有选项 " + option, sub->get_name() + " has no option " + option) +
                did_you_mean(closest_name(option, known), lang);
      } else {
        text += w("多余的参数“" + arg + "”", "unexpected argument \"" + arg + "\"");
      }
    }
  } else if (name == "ValidationError" || name == "ConversionError") {
    static const std::regex kConvert(R"re(Could not convert: (\S+) = (.*))re");
    if (std::regex_search(what, m, kConvert)) {
      text = w(m[1].str() + " 的值“" + m[2].str() + "”不是有效的数", m[1].str() + ": \"" + m[2].str() + "\" is not a valid number");
    } else {
      size_t colon = what.find(": ");
      std::string option = colon == std::string::npos ? "" : what.substr(0, colon);
      std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
      text = (option.empty() ? "" : option + w("：", ": ")) + validation_detail(detail, find_option(sub, option), w);
    }
  } else if (name == "ArgumentMismatch") {
    static const std::regex kNamed(R"re((--?[\w-]+))re");
    std::string option = std::regex_search(what, m, kNamed) ? m[1].str() : "";
    text = option.empty() ? what : w(option + " 后面缺少值", option + " needs a value");
  } else {
    text = w("参数错误：", "bad arguments: ") + what;
  }
  // A file whose name starts with '-' is read as an option: say how to name it.
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    std::error_code ec;
    if (arg.size() > 1 && arg[0] == '-' && std::filesystem::is_regular_file(arg, ec))
      text += w("\n“" + arg + "”是文件吗？以 - 开头的文件名请写作 ./" + arg + "，或放在 -- 之后",
                "\nis \"" + arg + "\" a file? Write a name that starts with - as ./" + arg + ", or put it after --");
  }
  std::string help = std::string("plancheck ") + (sub ? sub->get_name() + " " : "") + "--help";
  return "plancheck: " + text + "\n" + w("用 " + help + " 查看用法", "Run " + help + " for usage") + "\n";
}

std::string describe_rule_load_error(const std::string& what, const std::string& lang) {
  if (lang == "en") return what;
  std::smatch m;
  static const std::regex kId(R"re(^(.*): the rule's id "(.*)" must be its file name "(.*)"$)re");
  static const std::regex kSeverity(R"re(^(.*): severity must be "error", "warning" or "info", got "(.*)"$)re");
  static const std::regex kKind(R"re(^(.*): kind must be "report" or "plan", got "(.*)"$)re");
  static const std::regex kTable(R"re(^(.*): a rule file must return a table)re");
  static const std::regex kSummary(R"re(^(.*): summary is missing)re");
  static const std::regex kCheck(R"re(^(.*): check must be a function)re");
  if (std::regex_search(what, m, kId))
    return m[1].str() + "：规则编号（id）“" + m[2].str() + "”必须与文件名“" + m[3].str() + "”相同";
  if (std::regex_search(what, m, kSeverity))
    return m[1].str() + "：严重度（severity）须为 error、warning 或 info，而不是“" + m[2].str() + "”";
  if (std::regex_search(what, m, kKind))
    return m[1].str() + "：规则类别（kind）须为 report 或 plan，而不是“" + m[2].str() + "”";
  if (std::regex_search(what, m, kTable))
    return m[1].str() + "：规则文件必须返回一个表 {id = …, severity = …, summary = …, check = function}";
  if (std::regex_search(what, m, kSummary))
    return m[1].str() + "：缺少摘要（summary）：写一个字符串，或 {zh = …, en = …}";
  if (std::regex_search(what, m, kCheck))
    return m[1].str() + "：check 须为函数 function(report, plan)（plan 类规则为 function(plan)）";
  return what + "（规则无法加载）";  // Lua's own message keeps its file:line first
}

}  // namespace plancheck
