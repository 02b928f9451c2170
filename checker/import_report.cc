#include "import_report.h"

#include <algorithm>
#include <map>

#include "document.h"
#include "report_table.h"

namespace plancheck {

namespace {

constexpr size_t kMaxHeadingChars = 40;
constexpr size_t kLeastTypicalChars = 20;  // lines shorter than this are a PDF's broken pieces: no heading among them
constexpr bool kNumberedSections = false;  // corpus: sections per 一、 lost repeats across them

// A line that could be a heading: short, with no punctuation of running text.
bool heading_like(const std::string& line) {
  return !line.empty() && count_chars(line) <= kMaxHeadingChars && !has_sentence_punctuation(line) &&
         !ends_sentence(line);
}

// A heading line that names a unit: 呼和浩特市民族事务委员会, 自治区党委统战部, 区教体中心.
bool names_unit(const std::string& line) {
  static constexpr std::string_view kUnitWords[] = {"委员会", "办公室", "中心", "政府", "党委", "委",
                                                    "局", "部", "办", "厅", "院", "联合会", "协会"};
  if (!heading_like(line)) return false;
  for (std::string_view word : kUnitWords)
    if (ends_with(line, word)) return true;
  return false;
}

bool wholly_bracketed(const std::string& text) {
  return (starts_with(text, "（") && ends_with(text, "）")) || (starts_with(text, "(") && ends_with(text, ")"));
}

}  // namespace

void import_report(std::string_view text, const ReportImportOptions& options, ReportImport& result) {
  result.xml.reset();
  result.warnings.clear();
  result.ok = false;
  result.sections = result.paragraphs = 0;
  result.lines.clear();
  std::vector<TextLine> lines;
  int bad_line = 0;
  if (!split_lines(text, &lines, &bad_line)) {
    result.warnings.push_back({bad_line, "不是 UTF-8 文本", "not UTF-8 text", {}});
    return;
  }
  auto next_nonblank = [&](size_t i) {
    while (i < lines.size() && lines[i].text.empty()) ++i;
    return i;
  };

  // The title: the lines before the first one of running text.
  size_t first = next_nonblank(0);
  std::string title;
  // A table's cell is never the title's, nor a heading styled otherwise than the title's first
  // line (an unstyled line may go on with a styled title, as a text's line does).
  auto level_at = [&](size_t i) {
    auto level = options.heading_levels.find(lines[i].number);
    return level == options.heading_levels.end() ? 0 : level->second;
  };
  const int title_level = first < lines.size() ? level_at(first) : 0;
  while (first < lines.size() && heading_like(lines[first].text) && !names_unit(lines[first].text) &&
         numbered_heading_level(lines[first].text) == 0 && !options.cell_starts.count(lines[first].number) &&
         (level_at(first) == 0 || level_at(first) == title_level)) {
    title += (title.empty() ? "" : " ") + lines[first].text;
    first = next_nonblank(first + 1);
  }

  // Section headings: a unit's name, then perhaps its speech's title, then running text.
  std::map<size_t, std::string> section_at;  // line index → section title
  std::vector<bool> heading(lines.size(), false);
  for (size_t i = first; i < lines.size(); ++i) {
    if (!names_unit(lines[i].text)) continue;
    size_t next = next_nonblank(i + 1);
    if (next >= lines.size()) continue;
    std::string section_title = lines[i].text;
    heading[i] = true;
    if (heading_like(lines[next].text)) {
      size_t after = next_nonblank(next + 1);
      if (after >= lines.size() || heading_like(lines[after].text)) {
        heading[i] = false;  // a run of short lines: not a heading this importer knows
        result.warnings.push_back({lines[i].number, "“" + lines[i].text + "”像是单位标题，但后面没有正文，按正文读入",
                                   "“" + lines[i].text + "” looks like a unit heading but no paragraph follows; read as text", {}});
        continue;
      }
      section_title += "：" + lines[next].text;
      heading[next] = true;
    }
    section_at[i] = section_title;
  }

  // Numbered headings (一、工作进展): never glued to the paragraph after them.
  std::map<int, int> numbered_level;  // line number → level
  for (size_t i = first; i < lines.size(); ++i)
    if (!heading[i])
      if (int level = numbered_heading_level(lines[i].text)) numbered_level[lines[i].number] = level;
  // An unnumbered heading (回顾2023年工作成果, 展望2024年工作目标): a short line with no
  // punctuation of running text, after a line that ends a sentence, and much shorter than
  // the document's long lines (the first line of a paragraph wrapped at a narrow width is as
  // long as the others; a text broken into pieces of a few characters has none). Glued on,
  // it would open the paragraph after it.
  std::vector<size_t> lengths;
  for (size_t i = first; i < lines.size(); ++i)
    if (!lines[i].text.empty()) lengths.push_back(count_chars(lines[i].text));
  const size_t upper_quarter = lengths.size() * 3 / 4;  // headings and last lines are the short quarter
  std::nth_element(lengths.begin(), lengths.begin() + upper_quarter, lengths.end());
  const size_t typical = lengths.empty() ? 0 : lengths[upper_quarter];
  auto unnumbered_heading = [&](size_t i) {
    if (typical < kLeastTypicalChars || !heading_like(lines[i].text) || count_chars(lines[i].text) * 5 > typical * 3)
      return false;
    size_t before = i;
    while (before > first && lines[before - 1].text.empty()) --before;
    return before == first || ends_sentence(lines[before - 1].text) ||
           numbered_level.count(lines[before - 1].number) > 0;
  };
  auto alone = [&](size_t i) {
    return heading[i] || wholly_bracketed(lines[i].text) || numbered_level.count(lines[i].number) > 0 ||
           unnumbered_heading(i);
  };
  auto cell_edge = [&](size_t i) { return options.paragraph_starts.count(lines[i].number) > 0; };
  std::vector<Paragraph> paragraphs = join_paragraphs(lines, first, lines.size(), alone, cell_edge);
  std::map<int, std::string> section_by_line;
  for (const auto& [index, section_title] : section_at) section_by_line[lines[index].number] = section_title;
  std::map<int, bool> heading_line;
  for (size_t i = 0; i < lines.size(); ++i)
    if (heading[i]) heading_line[lines[i].number] = true;

  pugi::xml_node report = result.xml.append_child("report");
  report.append_attribute("xmlns") = kReportNamespace;
  report.append_attribute("plan") = options.plan.c_str();
  report.append_attribute("unit") = options.unit.c_str();
  report.append_attribute("submitted") = options.submitted.c_str();
  pugi::xml_node narrative = report.append_child("narrative");
  // The title is the narrative's first paragraph: the mask rules read it (20XX年上半年工作总结,
  // XX县农业农村局…), and conflicting-figures takes it as a headline (heading_topics).
  if (!title.empty()) {
    pugi::xml_node element = narrative.append_child("p");
    element.text() = title.c_str();
    result.lines[element] = lines[next_nonblank(0)].number;
    ++result.paragraphs;
  }
  pugi::xml_node into = narrative;
  std::vector<std::pair<int, pugi::xml_node>> open;  // numbered sections inside `into`, by level
  for (const Paragraph& p : paragraphs) {
    if (auto section = section_by_line.find(p.line); section != section_by_line.end()) {
      into = narrative.append_child("section");
      into.append_attribute("title") = section->second.c_str();
      result.lines[into] = p.line;
      open.clear();
      ++result.sections;
      continue;
    }
    if (heading_line.count(p.line)) continue;  // a speech title, already in its section's title
    // A numbered heading stands alone as its own paragraph; it opens no section here, so a
    // text rule's scope stays the unit's whole speech (a repeat across 一、/二、 is still one).
    if (auto level = numbered_level.find(p.line); level != numbered_level.end() && kNumberedSections) {
      while (!open.empty() && open.back().first >= level->second) open.pop_back();
      pugi::xml_node section = (open.empty() ? into : open.back().second).append_child("section");
      section.append_attribute("title") = p.text.c_str();
      result.lines[section] = p.line;
      open.push_back({level->second, section});
      ++result.sections;
      continue;
    }
    pugi::xml_node parent = open.empty() ? into : open.back().second;
    if (result.sections > 0 && wholly_bracketed(p.text)) parent = narrative;
    pugi::xml_node element = parent.append_child("p");
    element.text() = p.text.c_str();
    result.lines[element] = p.line;
    ++result.paragraphs;
  }
  if (result.paragraphs == 0) {
    result.warnings.push_back({lines.empty() ? 1 : lines.back().number, "没有找到正文段落", "no paragraph of text found", {}});
    result.xml.reset();
    return;
  }
  result.ok = true;
}

}  // namespace plancheck
