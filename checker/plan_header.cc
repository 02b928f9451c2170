// A simple reading of a plan's header (the plan-header branch owns the full one): the 文号
// on a line of its own, the first date line after it, the signature above that date, the
// title after it (or the lines before the 文号). Never refuses: what is missing is taken
// from the options or inferred, with a warning.
#include "plan_header.h"

#include "import_text.h"

namespace plancheck {

namespace {

bool title_word_end(std::string_view t) {
  for (std::string_view word : {"方案", "办法", "意见", "规划", "计划", "要点", "细则", "通知", "分解", "计劃", "規劃"})
    if (ends_with(t, word)) return true;
  return false;
}

ImportWarning warning_at(const SourceBlock& block, std::string zh, std::string en) {
  ImportWarning w;
  w.line = block.place.line;
  w.place = block.place;
  w.zh = std::move(zh);
  w.en = std::move(en);
  return w;
}

}  // namespace

PlanHeader read_plan_header(const SourceDocument& doc, const PlanHeaderOptions& options,
                            std::vector<ImportWarning>& warnings) {
  PlanHeader header;
  std::vector<std::string> lines;
  for (const SourceBlock& b : doc.blocks) lines.push_back(b.kind == SourceBlock::Kind::Paragraph ? trim_spaces(b.text) : std::string());
  size_t n = lines.size(), id_line = n, date_line = n;
  for (size_t i = 0; i < n && id_line == n; ++i) {
    const std::string& t = lines[i];
    bool numbered = t.find("〔") != std::string::npos || t.find("[") != std::string::npos || t.find("［") != std::string::npos;
    if (numbered && (ends_with(t, "号") || ends_with(t, "號")) && count_chars(t) <= 30 && !has_sentence_punctuation(t)) {
      header.id = t;
      id_line = i;
    }
  }
  auto find_date = [&](size_t from) {
    for (size_t i = from; i < n; ++i) {
      const std::string& t = lines[i];
      if (!ends_with(t, "日") || count_chars(t) > 16) continue;
      Deadline d = read_deadline(t, 0);
      if (d.kind == DeadlineKind::Date && d.first == d.last) {
        header.issued = d.last;
        date_line = i;
        return;
      }
    }
  };
  find_date(id_line == n ? 0 : id_line + 1);
  if (date_line == n && id_line != n) find_date(0);
  if (date_line < n) {
    for (size_t i = date_line; i-- > 0;) {
      const std::string& t = lines[i];
      if (t.empty() || has_sentence_punctuation(t)) break;
      header.issuer = t;
    }
    size_t i = date_line + 1;
    while (i < n && (lines[i].empty() || (starts_with(lines[i], "（") && ends_with(lines[i], "）")))) ++i;
    std::string title;
    for (int taken = 0; i < n && taken < 4; ++i) {
      const std::string& t = lines[i];
      if (t.empty()) continue;
      if (has_sentence_punctuation(t)) break;
      title += t;
      ++taken;
      if (title_word_end(t)) {
        header.title = title;
        break;
      }
    }
  }
  if (header.title.empty()) {
    std::string title;
    for (size_t i = 0; i < n && i < 6; ++i) {
      const std::string& t = lines[i];
      if (i == id_line) break;
      if (t.empty()) continue;
      if (has_sentence_punctuation(t) || count_chars(t) > 60) break;
      title += t;
      if (title_word_end(t)) break;
    }
    header.title = title;
  }
  const SourceBlock* first = doc.blocks.empty() ? nullptr : &doc.blocks.front();
  SourceBlock none;
  if (!first) first = &none;
  if (!options.issued.empty()) {
    if (auto d = Date::parse_iso(options.issued)) header.issued = *d;
  }
  if (!header.issued.valid()) {
    // Any ISO or written date, as a page's 发布日期 gives it.
    for (size_t i = 0; i < n && !header.issued.valid(); ++i) {
      const std::string& t = lines[i];
      for (size_t at = 0; at + 10 <= t.size(); ++at) {
        if (auto d = Date::parse_iso(std::string_view(t).substr(at, 10))) {
          header.issued = *d;
          break;
        }
      }
    }
    if (!header.issued.valid()) header.issued = Date{2000, 1, 1};
    header.issued_inferred = true;
    warnings.push_back(warning_at(*first, "没有找到成文日期，推断为 " + header.issued.iso(),
                                  "no issue date found; inferred " + header.issued.iso()));
  }
  if (!options.id.empty()) header.id = options.id;
  // The year the plan is for: a year written in its title.
  header.plan_year = header.issued.year;
  for (size_t at = 0; at + 7 <= header.title.size(); ++at) {
    std::string_view s = std::string_view(header.title).substr(at);
    if ((starts_with(s, "19") || starts_with(s, "20")) && isdigit(static_cast<unsigned char>(s[2])) &&
        isdigit(static_cast<unsigned char>(s[3])) && starts_with(s.substr(4), "年")) {
      header.plan_year = std::stoi(std::string(s.substr(0, 4)));
      break;
    }
  }
  if (header.id.empty()) {
    header.id = (header.title.empty() ? std::string("无文号方案") : header.title) + "（" + std::to_string(header.plan_year) + "）";
    header.id_inferred = true;
    warnings.push_back(warning_at(*first, "没有找到文号，以标题和年份作为方案编号：" + header.id,
                                  "no document number found; the plan's id is made from its title and year: " + header.id));
  }
  header.body_block = 0;
  return header;
}

}  // namespace plancheck
