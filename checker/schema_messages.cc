#include "schema_messages.h"

#include <map>
#include <regex>

namespace plancheck {

std::string vocabulary_word(const std::string& xml_name) {
  static const std::map<std::string, std::string> kWords = {
      {"report", "报告"},        {"plan", "实施方案"},       {"task", "任务"},          {"lead", "牵头单位"},
      {"responsible", "责任单位"}, {"deadline", "期限"},      {"progress", "进展情况"},  {"metric", "指标"},
      {"target", "目标"},        {"budget", "经费"},         {"evidence", "佐证材料"},  {"narrative", "总体情况"},
      {"section", "段落"},       {"title", "标题"},          {"milestone", "阶段节点"}, {"reporting", "报送要求"},
      {"units", "单位名录"},     {"unit", "单位"},           {"alias", "别名"},         {"ref", "任务编号"},
      {"id", "编号"},            {"status", "状态"},         {"submitted", "报送日期"}, {"included", "是否列入预算"},
      {"source", "经费来源"},    {"amount", "金额"},         {"currency", "币种"},      {"href", "文件路径"},
      {"name", "名称"},          {"value", "数值"},          {"min", "下限"},           {"max", "上限"},
      {"due", "报送截止日期"},   {"issued", "印发日期"},     {"period-from", "报告期起"}, {"period-to", "报告期止"},
      {"required", "是否要求"},  {"text", "原文"},           {"date", "日期"},          {"approx", "约数"},
  };
  auto found = kWords.find(xml_name);
  return found == kWords.end() ? "" : found->second;
}

namespace {

// "{urn:plancheck:report:1}task" → task
std::string local(const std::string& name) {
  size_t brace = name.rfind('}');
  return brace == std::string::npos ? name : name.substr(brace + 1);
}

// 任务（task）, or the XML name alone when the vocabulary has no word for it.
std::string named(const std::string& xml_name) {
  std::string name = local(xml_name), word = vocabulary_word(name);
  return word.empty() ? name : word + "（" + name + "）";
}

// "( {ns}a, {ns}b )" → 标题（title）、期限（deadline）
std::string expected_list(const std::string& list) {
  std::string out;
  static const std::regex kName(R"re(\{[^}]*\}([\w-]+)|\b([\w-]+)\b)re");
  for (auto it = std::sregex_iterator(list.begin(), list.end(), kName); it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
    if (name == "Expected" || name == "is") continue;
    out += (out.empty() ? "" : "、") + named(name);
  }
  return out;
}

// The set of a facet 'enumeration' message: {'done', 'in-progress'} → done、in-progress
std::string set_list(const std::string& set) {
  std::string out;
  static const std::regex kItem(R"re('([^']*)')re");
  for (auto it = std::sregex_iterator(set.begin(), set.end(), kItem); it != std::sregex_iterator(); ++it)
    out += (out.empty() ? "" : "、") + (*it)[1].str();
  return out;
}

std::string type_word(const std::string& type) {
  if (type.find("date") != std::string::npos) return "有效的日期（如 2023-11-30）";
  if (type.find("decimal") != std::string::npos || type.find("integer") != std::string::npos ||
      type.find("double") != std::string::npos)
    return "有效的数";
  if (type.find("boolean") != std::string::npos) return "true 或 false";
  return "有效的值（" + type + "）";
}

}  // namespace

std::string schema_message_zh(const std::string& detail) {
  std::smatch m;
  static const std::regex kMissingAttribute(R"re(^Element '([^']+)': The attribute '([^']+)' is required but missing\.?$)re");
  static const std::regex kNotAllowedAttribute(R"re(^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\.?$)re");
  static const std::regex kEnumeration(R"re(^Element '([^']+)', attribute '([^']+)': \[facet 'enumeration'\] The value '([^']*)' is not an element of the set \{(.*)\}\.?$)re");
  static const std::regex kElementEnumeration(R"re(^Element '([^']+)': \[facet 'enumeration'\] The value '([^']*)' is not an element of the set \{(.*)\}\.?$)re");
  static const std::regex kAttributeType(R"re(^Element '([^']+)', attribute '([^']+)': '([^']*)' is not a valid value of the (?:atomic|union) type '([^']+)'\.?$)re");
  static const std::regex kElementType(R"re(^Element '([^']+)': '([^']*)' is not a valid value of the (?:atomic|union) type '([^']+)'\.?$)re");
  static const std::regex kNotExpected(R"re(^Element '([^']+)': This element is not expected\.(?: Expected is (?:one of )?\((.*)\)\.?)?$)re");
  static const std::regex kMissingChild(R"re(^Element '([^']+)': Missing child element\(s\)\.(?: Expected is (?:one of )?\((.*)\)\.?)?$)re");
  static const std::regex kNoRoot(R"re(^Element '([^']+)': No matching global declaration available for the validation root\.?$)re");
  static const std::regex kFacet(R"re(^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet '(\w+)'\] The value '([^']*)'.*$)re");
  if (std::regex_match(detail, m, kMissingAttribute))
    return named(m[1]) + "缺少必需的属性" + named(m[2]);
  if (std::regex_match(detail, m, kNotAllowedAttribute))
    return named(m[1]) + "不应有属性" + named(m[2]);
  if (std::regex_match(detail, m, kEnumeration))
    return named(m[1]) + "的" + named(m[2]) + "填写为“" + m[3].str() + "”，应为以下之一：" + set_list(m[4]);
  if (std::regex_match(detail, m, kElementEnumeration))
    return named(m[1]) + "填写为“" + m[2].str() + "”，应为以下之一：" + set_list(m[3]);
  if (std::regex_match(detail, m, kAttributeType))
    return named(m[1]) + "的" + named(m[2]) + "填写为“" + m[3].str() + "”，不是" + type_word(m[4]);
  if (std::regex_match(detail, m, kElementType))
    return named(m[1]) + "填写为“" + m[2].str() + "”，不是" + type_word(m[3]);
  if (std::regex_match(detail, m, kNotExpected))
    return named(m[1]) + "不应出现在这里" + (m[2].matched ? "（此处应为：" + expected_list(m[2]) + "）" : "");
  if (std::regex_match(detail, m, kMissingChild))
    return named(m[1]) + "缺少内容" + (m[2].matched ? "：应有" + expected_list(m[2]) : "");
  if (std::regex_match(detail, m, kNoRoot))
    return "根元素" + named(m[1]) + "不是实施方案或进展报告";
  if (std::regex_match(detail, m, kFacet))
    return named(m[1]) + (m[2].matched ? "的" + named(m[2]) : "") + "填写为“" + m[4].str() + "”，不符合要求（" +
           m[3].str() + "）";
  return "";
}

}  // namespace plancheck
