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
  // counting it: lower levels restart after it. "" for no list, a bullet, or no label.
  std::string next_label(int num_id, int level);

  // A number in Word's format `format` (decimal, chineseCounting, decimalEnclosedCircle…):
  // exposed for tests. An unknown format gives decimal digits.
  static std::string format_number(int n, const std::string& format);

 private:
  struct Level {
    std::string format = "decimal";
    std::string text;  // lvlText: "%1." "（%2）" "第%1条"
    int start = 1;
  };
  struct Abstract {
    std::array<Level, 9> levels;
  };
  struct Instance {
    std::string abstract_id;
    std::array<int, 9> start_override{};  // 0: none
    std::array<int, 9> counters{};        // 0: not yet used (or restarted)
  };
  std::map<std::string, Abstract> abstracts_;
  std::map<int, Instance> instances_;
};

}  // namespace plancheck
