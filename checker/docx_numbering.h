// Word's automatic numbering (word/numbering.xml): the labels Word shows before numbered
// paragraphs — 一、 （一） 1. （1） ① — which are not in the paragraph's text. A plan whose
// tasks, or a table whose 序号 column, Word numbers itself would otherwise lose them.
#pragma once
#include <array>
#include <map>
#include <string>

#include <pugixml.hpp>

namespace plancheck {

class DocxNumbering {
 public:
  // Reads word/numbering.xml's abstract numberings and their instances.
  void load(const pugi::xml_document& numbering);

  // The label Word shows for the next paragraph of list `num_id` at level `level` (0-8),
  // counting it: lower levels restart after it unless their lvlRestart says otherwise (0:
  // never; n: only after a level above n). "" for no list, a bullet, or no label. The count is
  // kept per abstract numbering, as Word keeps it: every w:num of one abstractNum continues
  // one list, and a w:num's startOverride restarts that count where the w:num is first used
  // (Word's 重新开始编号 / 设置编号值 write such a w:num).
  std::string next_label(int num_id, int level);

  // A number in Word's format `format` (decimal, chineseCounting, decimalEnclosedCircle…):
  // exposed for tests. An unknown format gives decimal digits.
  static std::string format_number(int n, const std::string& format);

 private:
  struct Level {
    std::string format = "decimal";
    std::string text;  // lvlText: "%1." "（%2）" "第%1条"
    int start = 1;
    int restart = -1;  // lvlRestart: -1 after any level above, 0 never, n after level n-1 or above
  };
  struct Abstract {
    std::array<Level, 9> levels;
    std::array<int, 9> counters{};  // 0: not yet used (or restarted)
  };
  struct Instance {
    std::string abstract_id;
    std::array<int, 9> start_override{};  // 0: none
    std::array<bool, 9> used{};           // the level has numbered a paragraph of this w:num
  };
  std::map<std::string, Abstract> abstracts_;
  std::map<int, Instance> instances_;
};

}  // namespace plancheck
