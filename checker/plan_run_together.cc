// read_run_together_table: a plan's table whose cells ran together (plan_run_together.h).
#include "plan_run_together.h"

#include <algorithm>

#include "chinese_variants.h"
#include "dates.h"
#include "import_text.h"
#include "numerals.h"
#include "plan_numbering.h"
#include "plan_units.h"
#include "units.h"
#include "utf32.h"

namespace plancheck {

namespace {

using u32view_rt = std::u32string_view;

bool rt_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
bool rt_open(char32_t c) { return c == U'(' || c == U'（' || c == U'〔' || c == U'【'; }
bool rt_close(char32_t c) { return c == U')' || c == U'）' || c == U'〕' || c == U'】'; }

// The words a column's name ends with (主要内容, 牵头单位, 区政府分管领导, 完成时限): the header's
// cells, run together (序号项目名称主要内容区政府分管领导牵头单位配合单位), part where one ends.
// A word that also opens a longer name's end (任务 of 任务内容) waits for it.
constexpr u32view_rt kColumnEnds[] = {U"名称", U"内容", U"任务", U"单位", U"部门", U"领导", U"时限", U"时间", U"节点",
                                      U"备注", U"措施", U"举措", U"事项", U"指标", U"进度", U"类别", U"期限", U"要求",
                                      U"成果", U"责任人", U"负责人", U"联系人", U"地点", U"说明", U"科室", U"目标"};

size_t rt_column_end(u32view_rt s, size_t from) {
  for (size_t e = from + 2; e <= s.size() && e <= from + 12; ++e) {
    for (u32view_rt w : kColumnEnds) {
      if (e < w.size() + from || s.substr(e - w.size(), w.size()) != w) continue;
      // 任务内容, 目标任务, 工作任务: the name goes on with another column word.
      bool goes_on = false;
      for (u32view_rt w2 : kColumnEnds)
        goes_on = goes_on || (s.substr(e, w2.size()) == w2 && w2 != U"责任人" && w2 != U"负责人" && w2 != U"联系人");
      if (goes_on) continue;
      return e;
    }
  }
  return 0;
}

// What follows a figure, never a row's name (12个, 3.5万, 2公里, 100%, 1、 of a list inside a cell). A row's
// number stands only where the row before it ended, so names that open with a measure's character
// (人才引进, 家庭医生, 日间照料) still open rows.
bool rt_measure(std::u32string_view rest) {
  if (rest.empty()) return true;
  if (u32view_rt(U"个万亿元吨米岁倍余多%％.．、,，:：-—～~)）").find(rest[0]) != u32view_rt::npos) return true;
  for (u32view_rt w : {U"公里", U"公顷", U"公斤", U"平方"})
    if (rest.substr(0, w.size()) == w) return true;
  return false;
}

// Surnames, for the person a 分管领导 or 责任人 column names before the units (何海平教育局).
constexpr u32view_rt kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付"
    U"方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    U"俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    U"麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝芮";

struct RtUnits {
  std::vector<std::u32string> names;
  std::vector<bool> joined;  // per name: a 、 joins it to the one before (one cell's units)
  size_t end = 0;
};

// A character as the simplified copy writes it (縣 → 县, 張 → 张).
char32_t rt_simple(char32_t c) {
  const std::u32string s = to_u32(to_simplified(to_utf8(std::u32string(1, c))));
  return s.size() == 1 ? s[0] : c;
}

// `s` in simplified characters, position for position (the grammar's words are read there, the
// names taken as written): the whole text converted once, else character by character.
std::u32string simplified_twin(const std::u32string& s) {
  std::u32string whole = to_u32(to_simplified(to_utf8(s)));
  if (whole.size() == s.size()) return whole;
  whole.assign(s.size(), U' ');
  for (size_t i = 0; i < s.size(); ++i) whole[i] = rt_simple(s[i]);
  return whole;
}

// Unit names run together from `p` (经开区高新园(邹区镇)各街道市国有公司): each the shortest piece
// that ends as a unit's name does, lengthened while the next character ends an organ's name and
// opens none (人社 → 人社局); never inside brackets. Units of one cell a 、 joins (教育局、财政局). The run stops at
// a piece that is no unit: a figure, a mark, a task's verb (推进大庙弄…, 提升改造8家…), or nothing that
// ends as a unit within 14 characters.
RtUnits rt_read_units(const std::u32string& s, const std::u32string& simple, size_t p, size_t end) {
  RtUnits out;
  out.end = p;
  while (p < end) {
    const bool joined = !out.names.empty() && s[p] == U'、';
    if (joined) ++p;
    size_t q = 0;
    int depth = 0;
    for (size_t e = p + 1; e <= end && e <= p + 14; ++e) {
      const char32_t c = s[e - 1];
      if (rt_open(c)) ++depth;
      else if (rt_close(c)) depth = std::max(0, depth - 1);
      else if (!is_ideograph(c) && depth == 0) break;
      else if (rt_digit(c)) break;
      if (depth > 0 || e - p < 2) continue;
      const std::string piece = to_utf8(std::u32string_view(simple).substr(p, e - p));
      // A place word with one character before it (社区, 园区, 城区) opens a longer name: 社区服务中心.
      if (e - p == 2 && simple[p] != U'各' && u32view_rt(U"区市县镇乡州").find(simple[e - 1]) != u32view_rt::npos)
        continue;
      if (has_unit_suffix(piece)) {
        q = e;
        break;
      }
    }
    if (q == 0) break;
    while (q < end && is_ideograph(s[q])) {
      const std::string longer = to_utf8(std::u32string_view(simple).substr(p, q + 1 - p));
      // Only by a character that ends an organ's name and opens none (局 委 办 …): 社 of 社区 opens one.
      if (!has_unit_suffix(longer) || u32view_rt(U"局委办厅署院会府处科室队站馆心").find(simple[q]) == u32view_rt::npos)
        break;
      ++q;
    }
    const std::string name = to_utf8(std::u32string_view(simple).substr(p, q - p));
    if (opens_with_task_verb(name) || name.find("的") != std::string::npos) break;
    out.names.push_back(s.substr(p, q - p));
    out.joined.push_back(joined);
    p = q;
    out.end = q;
  }
  return out;
}

// The person before the units (何海平教育局, 张菁民政局): a surname and one or two characters,
// the longer unless it leaves the unit after it under three characters.
size_t rt_person(const std::u32string& s, const std::u32string& simple, size_t p, size_t end) {
  if (p + 4 > end || kSurnames.find(simple[p]) == u32view_rt::npos) return 0;
  for (size_t len : {size_t{3}, size_t{2}}) {
    bool han = true;
    for (size_t k = p; k < p + len; ++k) han = han && is_ideograph(s[k]);
    if (!han) continue;
    RtUnits u = rt_read_units(s, simple, p + len, end);
    if (!u.names.empty() && u.names.front().size() >= 3) return len;
  }
  return 0;
}

// Whether a row's number `id` stands at `p`: the digits, and after them no digit and no figure's
// measure word (新建2家), but the words of the next row's name.
bool rt_row_number_at(const std::u32string& s, size_t p, const std::u32string& id) {
  if (s.compare(p, id.size(), id) != 0) return false;
  if (p > 0 && (rt_digit(s[p - 1]) || s[p - 1] == U'.' || s[p - 1] == U'第')) return false;
  const size_t after = p + id.size();
  return after < s.size() && is_ideograph(s[after]) && !rt_measure(std::u32string_view(s).substr(after));
}

}  // namespace

size_t read_run_together_table(const std::vector<SourceBlock>& blocks, size_t start, Table& out, std::string* before) {
  if (start >= blocks.size() || blocks[start].kind != SourceBlock::Kind::Paragraph) return 0;
  const std::string& written = blocks[start].text;
  if (written.find("序号") == std::string::npos && written.find("序號") == std::string::npos) return 0;
  // The header is read on a simplified copy (序號項目名稱… as 序号项目名称…), position for position.
  const std::u32string first = to_u32(squash_spaces(written));
  const std::u32string first_simplified = to_u32(to_simplified(squash_spaces(written)));
  if (first_simplified.size() != first.size()) return 0;
  const size_t id_at = first_simplified.find(U"序号");
  if (id_at == std::u32string::npos) return 0;
  // The header: 序号, then column names run together up to the first row's number 1.
  std::vector<std::u32string> header = {U"序号"};
  size_t p = id_at + 2;
  while (p < first.size() && !rt_digit(first[p])) {
    const size_t e = rt_column_end(first_simplified, p);
    if (e == 0) return 0;
    header.push_back(first_simplified.substr(p, e - p));
    p = e;
  }
  if (header.size() < 4 || p >= first.size()) return 0;
  int people = -1, units_first = -1;
  size_t units_columns = 0;
  for (size_t c = 1; c < header.size(); ++c) {
    const std::string h = to_utf8(header[c]);
    const Column kind = classify_column(h);
    if (kind == Column::Lead || kind == Column::Responsible) {
      if (units_first < 0) units_first = static_cast<int>(c);
      ++units_columns;
    } else if (kind == Column::Ignore && units_first < 0 && !units_column(h)) {
      people = static_cast<int>(c);
    }
  }
  // The units last, after the words (and a column of people): the order the grammar reads.
  if (units_first < 0 || static_cast<size_t>(units_first) + units_columns != header.size()) return 0;
  const std::u32string header_text = first.substr(id_at, p - id_at);
  // The text of the table: this block from the first row on, and the blocks after it up to an
  // excerpt's mark or the end of the body; a site that pages a document marks each page's text
  // 1、 2、 3、 (in order) at its start, which is no part of the table.
  std::u32string s = first.substr(p);
  std::vector<std::pair<size_t, size_t>> block_at = {{0, start}};  // offset in s → block
  int page = 0;
  {
    const std::u32string opening = first.substr(0, id_at);
    if (opening.size() >= 2 && opening[0] == U'1' && opening[1] == U'、') page = 1;
  }
  size_t next = start + 1;
  for (; next < blocks.size(); ++next) {
    const SourceBlock& b = blocks[next];
    if (b.kind != SourceBlock::Kind::Paragraph || elision_marker(b.text) || closing_line(b.text)) break;
    std::u32string t = to_u32(squash_spaces(b.text));
    if (t.empty()) continue;
    if (page > 0) {
      const std::u32string mark = to_u32(std::to_string(page + 1)) + U"、";
      if (t.compare(0, mark.size(), mark) != 0) break;
      t.erase(0, mark.size());
      ++page;
    }
    block_at.push_back({s.size(), next});
    s += t;
  }
  // The header repeated where a page begins: a boundary, no words.
  for (size_t at = s.find(header_text); at != std::u32string::npos; at = s.find(header_text, at)) s.replace(at, header_text.size(), U"\n");
  const std::u32string simple = simplified_twin(s);
  auto place_of = [&](size_t offset) {
    size_t b = block_at.front().second;
    for (const auto& [o, blk] : block_at)
      if (o <= offset) b = blk;
    return blocks[b].place;
  };
  // Rows: a number (1, 2, 3 in order) where the row before it ended — after its units, a
  // sentence's end or the repeated header — then the row's name, its words, and for each work
  // it lists (a row may list two or three under one name) the words, the person and the units.
  Table table;
  table.place = blocks[start].place;
  for (const std::u32string& h : header) table.header.push_back(to_utf8(h));
  const size_t words_columns = static_cast<size_t>(people >= 0 ? people : units_first) - 1;
  size_t at = 0;
  for (int n = 1; at < s.size(); ++n) {
    const std::u32string id = to_u32(std::to_string(n)), next_id = to_u32(std::to_string(n + 1));
    if (!rt_row_number_at(s, at, id)) break;
    const size_t row_start = at + id.size();
    std::u32string words, persons;
    std::vector<std::pair<bool, std::u32string>> units;  // (in its work's lead cell, name)
    size_t work_start = row_start, cursor = row_start, row_end = s.size();
    auto next_row_at = [&](size_t q) { return q < s.size() && rt_row_number_at(s, q, next_id); };
    // A work read: its words up to `words_end`, the person at `q`, its units.
    auto add_work = [&](size_t words_end, size_t q, size_t person, RtUnits& run) {
      words += s.substr(work_start, words_end - work_start);
      if (person > 0) persons += (persons.empty() ? U"" : U"、") + s.substr(q, person);
      // The work's lead cell: its first unit and those a 、 joins to it.
      bool leading = true;
      for (size_t k = 0; k < run.names.size(); ++k) {
        leading = leading && (k == 0 || run.joined[k]);
        units.push_back({leading, std::move(run.names[k])});
      }
      work_start = cursor = run.end;
    };
    while (cursor < s.size()) {
      size_t e = cursor;
      while (e < s.size() && s[e] != U'。' && s[e] != U'；' && s[e] != U';' && s[e] != U'\n') ++e;
      if (e >= s.size()) break;  // the row's words run to the end: the text was cut in them
      size_t q = e + 1;
      while (q < s.size() && s[q] == U'\n') ++q;
      if (next_row_at(q)) {
        row_end = q;
        break;
      }
      const size_t person = people >= 0 ? rt_person(s, simple, q, s.size()) : 0;
      RtUnits run = (people < 0 || person > 0) ? rt_read_units(s, simple, q + person, s.size()) : RtUnits{};
      if (run.names.empty() || run.names.front().size() < 2) {
        cursor = q;
        continue;
      }
      add_work(e + 1, q, person, run);
      if (run.end >= s.size() || next_row_at(run.end) || s[run.end] == U'\n') {
        size_t r = run.end;
        while (r < s.size() && s[r] == U'\n') ++r;
        if (r >= s.size() || next_row_at(r)) {
          row_end = r;
          break;
        }
      }
    }
    // Words that end with no sentence's mark (新增学位5000个何海平教育局…2促进…): the person and units
    // are the run that reaches the next row's number, from the first place where one starts.
    if (row_end == s.size() && s.find(next_id, work_start) != std::u32string::npos) {
      for (size_t q = work_start + 1; q < s.size(); ++q) {
        if (next_row_at(q)) break;
        if (!is_ideograph(s[q])) continue;
        const size_t person = people >= 0 ? rt_person(s, simple, q, s.size()) : 0;
        if (people >= 0 && person == 0) continue;
        RtUnits run = rt_read_units(s, simple, q + person, s.size());
        if (run.names.empty() || run.names.front().size() < 2 || !next_row_at(run.end)) continue;
        add_work(q, q, person, run);
        row_end = run.end;
        break;
      }
    }
    // Words after the last units (a merged cell's rows: more measures under the same units) and
    // a row cut by the end of the text are the row's words.
    std::u32string tail = s.substr(work_start, row_end - work_start);
    tail.erase(std::remove(tail.begin(), tail.end(), U'\n'), tail.end());
    words += tail;
    // The row's name: its words up to where the first work's words open with a verb.
    std::u32string name;
    for (size_t k = 4; k < words.size() && k <= 16; ++k) {
      const std::string rest = to_simplified(to_utf8(std::u32string_view(words).substr(k, 4)));
      if (!is_ideograph(words[k - 1])) break;
      if ((opens_with_task_verb(rest) && rest.rfind("发展", 0) != 0 && rest.rfind("创新", 0) != 0) ||
          words[k] == U'为' || words[k] == U'对') {
        name = words.substr(0, k);
        words.erase(0, k);
        break;
      }
    }
    TableRow row;
    row.place = place_of(at);
    row.cells.assign(header.size(), "");
    row.cells[0] = to_utf8(id);
    if (words_columns >= 2 && !name.empty()) {
      row.cells[1] = to_utf8(name);
      row.cells[2] = to_utf8(words);
    } else {
      row.cells[1] = to_utf8(name + words);
    }
    if (people >= 0) row.cells[static_cast<size_t>(people)] = to_utf8(persons);
    // Units: with a 牵头单位 column before a 配合单位 one, the lead's cell holds the first unit of
    // each work and those a 、 joins to it (cells run together keep no mark between them).
    std::vector<std::u32string> cols(units_columns);
    for (const auto& [leads, unit] : units) {
      const size_t c = units_columns >= 2 && !leads ? 1 : 0;
      cols[c] += (cols[c].empty() ? U"" : U"、") + unit;
    }
    for (size_t c = 0; c < units_columns; ++c) row.cells[static_cast<size_t>(units_first) + c] = to_utf8(cols[c]);
    table.rows.push_back(std::move(row));
    at = row_end;
  }
  if (table.rows.size() < 2) return 0;
  if (before) *before = to_utf8(first.substr(page > 0 ? 2 : 0, id_at - (page > 0 ? 2 : 0)));
  out = std::move(table);
  return next - start;
}

}  // namespace plancheck
