#include "docx_comments.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

const std::string kReport = std::string(PLANCHECK_SOURCE_DIR) + "/fixtures/reports/word/jiaoti-2023-11.docx";

std::string temp_dir(const std::string& hint) {
  static int counter = 0;
  std::string dir = std::filesystem::temp_directory_path().string() + "/plancheck-docx-" + hint + "-" +
                    std::to_string(getpid()) + "-" + std::to_string(counter++);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<DocxComment> some_comments() {
  SourcePlace paragraph, cell, row;
  paragraph.paragraph = 6;   // 部分学校对……（the paragraph under 二、存在问题）
  cell.table = 1, cell.row = 3, cell.column = 3;  // task 2's 牵头单位: 区政工部
  row.table = 1, row.row = 5;                     // task 7's row: its task cell
  return {{paragraph, "警告：课程资源一句需要数字\n[test-rule]"},
          {cell, "错误：任务 2 的牵头单位写作“区政工部”\n建议：区教体中心\n[lead-unit-matches]"},
          {row, "错误：任务 7 没有说明经费\n[budget-included]"},
          {SourcePlace{}, "错误：报告晚于报送期限\n[submitted-on-time]"}};
}

// The comments LibreOffice exported as PDF annotations: each /Contents <FEFF…> (UTF-16BE
// hex) as UTF-8. LibreOffice 7.4 writes comments as annotations even when asked for the
// margin; a later one prints them in the margin, where pdftotext reads them.
std::string annotation_texts(const std::string& pdf) {
  std::string out;
  for (size_t at = pdf.find("/Contents <FEFF"); at != std::string::npos; at = pdf.find("/Contents <FEFF", at + 1)) {
    size_t i = at + 15;
    std::vector<unsigned> units;
    while (i + 4 <= pdf.size() && pdf[i] != '>') {
      units.push_back(static_cast<unsigned>(std::stoul(pdf.substr(i, 4), nullptr, 16)));
      i += 4;
    }
    for (size_t k = 0; k < units.size(); ++k) {
      unsigned c = units[k];
      if (c >= 0xD800 && c < 0xDC00 && k + 1 < units.size()) c = 0x10000 + ((c - 0xD800) << 10) + (units[++k] - 0xDC00);
      if (c < 0x80) {
        out += static_cast<char>(c);
      } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6)), out += static_cast<char>(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12)), out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (c >> 18)), out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)), out += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    out += '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("docx_comments: comments anchored on their paragraph and cells, read back", "[docx][annotate]") {
  std::string dir = temp_dir("anchor");
  std::string out = dir + "/annotated.docx";
  std::string before = slurp(kReport);
  DocxCommentResult result;
  REQUIRE(add_docx_comments(kReport, out, some_comments(), DocxCommentOptions{}, &result));
  CHECK(result.anchored == 3);
  CHECK(result.at_start == 1);
  CHECK(slurp(kReport) == before);  // the original is never changed
  std::vector<AnchoredComment> comments;
  std::string error;
  REQUIRE(read_docx_comments(out, &comments, &error));
  REQUIRE(comments.size() == 4);
  for (const AnchoredComment& c : comments) {
    CHECK(c.author == "plancheck");
    CHECK(c.initials == "PC");
  }
  CHECK(comments[0].anchored_text.find("部分学校对铸牢中华民族共同体意识教育") == 0);
  CHECK_FALSE(comments[0].in_table);
  CHECK(comments[1].anchored_text == "区政工部");
  CHECK(comments[1].in_table);
  CHECK(comments[1].text.find("建议：区教体中心") != std::string::npos);
  CHECK(comments[2].anchored_text == "全面落实“三项计划”");
  CHECK(comments[3].anchored_text.find("区教体中心关于") == 0);  // no place: the first paragraph
  CHECK_FALSE(std::filesystem::exists(out + ".tmp"));
}

TEST_CASE("docx_comments: a file that is not a zip is refused and nothing is written", "[docx][annotate]") {
  std::string dir = temp_dir("notzip");
  DocxCommentResult result;
  CHECK_FALSE(add_docx_comments(std::string(PLANCHECK_SOURCE_DIR) + "/tests/data/word-bad/not-a-zip.docx",
                                dir + "/out.docx", some_comments(), DocxCommentOptions{}, &result));
  CHECK(result.error.find("不是 Word 文档") != std::string::npos);
  CHECK(std::filesystem::is_empty(dir));
}

TEST_CASE("docx_comments: LibreOffice shows every comment in the margin of its PDF", "[docx][annotate][soffice]") {
  if (std::system("command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1") != 0) {
    WARN("soffice or pdftotext missing: skipped");
    return;
  }
  std::string dir = temp_dir("pdf");
  std::string out = dir + "/annotated.docx";
  DocxCommentResult result;
  REQUIRE(add_docx_comments(kReport, out, some_comments(), DocxCommentOptions{}, &result));
  std::string command = "cd '" + dir + "' && HOME='" + dir + "' soffice --headless --convert-to "
                        "'pdf:writer_pdf_Export:{\"ExportNotesInMargin\":{\"type\":\"boolean\",\"value\":\"true\"}}' "
                        "annotated.docx >/dev/null 2>&1 && pdftotext annotated.pdf annotated.txt 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  std::string text = slurp(dir + "/annotated.txt") + annotation_texts(slurp(dir + "/annotated.pdf"));
  std::string squeezed;
  for (char c : text)
    if (c != '\n' && c != ' ' && c != '\f') squeezed += c;
  for (const char* words : {"课程资源一句需要数字", "任务2的牵头单位写作", "任务7没有说明经费", "报告晚于报送期限"}) {
    INFO(words);
    CHECK(squeezed.find(words) != std::string::npos);
  }
}
