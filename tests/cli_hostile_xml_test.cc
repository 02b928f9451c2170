// Hostile XML through the real CLI: each bad report is refused with file:line:column and
// a reason (exit 2) or gets a finding, never leaks a file outside its folder, and the
// good report beside it is still checked.
#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli.h"

using namespace plancheck_test;

namespace {

const std::string kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const std::string kReportStart =
    "<report xmlns=\"urn:plancheck:report:1\" plan=\"聊江委办发〔2023〕5号\" unit=\"区政工部\" submitted=\"2023-11-20\">";
const std::string kTask = "<task ref=\"1\" status=\"in-progress\"><lead>区政工部</lead></task>";

std::string secret_path() { return PLANCHECK_FIXTURE("fixtures/secret.txt"); }
std::string secret_text() { return read_file(secret_path()).substr(0, 40); }

struct HostileRun {
  CliRun run;
  std::string dir;
};

// Checks a folder holding `name` with `content` and good.xml, a report whose task 99 the
// plan does not have (a task-known finding that must survive).
HostileRun check_beside_good_report(const std::string& name, const std::string& content,
                                    const std::vector<std::string>& extra_args = {}) {
  std::string dir = make_temp_dir("hostile-xml");
  write_file(dir + "/" + name, content);
  write_file(dir + "/good.xml", kDeclaration + kReportStart + "\n  <task ref=\"99\" status=\"done\"><lead>区政工部</lead></task>\n</report>\n");
  std::vector<std::string> args{"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20"};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  args.push_back(dir);
  return {run_cli(args), dir};
}

void check_refused(const HostileRun& h, const std::string& name, const std::string& position,
                   const std::string& reason) {
  INFO(h.run.out + h.run.err);
  CHECK(h.run.exit_code == 2);
  CHECK(h.run.out.find(h.dir + "/" + name + ":" + position + ": " + reason) != std::string::npos);
  CHECK(h.run.out.find(h.dir + "/good.xml:3:9: 错误 [task-known]") != std::string::npos);
}

}  // namespace

TEST_CASE("hostile XML: an external entity (XXE) is refused and the file is never read", "[cli][hostile-xml]") {
  std::string xml = kDeclaration + "<!DOCTYPE report [<!ENTITY xxe SYSTEM \"file://" + secret_path() + "\">]>\n" +
                    kReportStart + "<task ref=\"1\" status=\"done\"><lead>&xxe;</lead></task></report>\n";
  SECTION("text output") {
    HostileRun h = check_beside_good_report("xxe.xml", xml);
    check_refused(h, "xxe.xml", "2:1", "不接受 DOCTYPE（DTD 与实体一律不读） (DOCTYPE is not allowed)");
    CHECK(h.run.out.find(secret_text()) == std::string::npos);
    CHECK(h.run.err.find(secret_text()) == std::string::npos);
  }
  SECTION("JSON output") {
    HostileRun h = check_beside_good_report("xxe.xml", xml, {"--format", "json"});
    CHECK(h.run.exit_code == 2);
    auto doc = nlohmann::json::parse(h.run.out);
    bool refused = false;
    for (const auto& file : doc["files"])
      if (file["path"] == h.dir + "/xxe.xml") refused = file["status"] == "error";
    CHECK(refused);
    CHECK(h.run.out.find(secret_text()) == std::string::npos);
    CHECK(h.run.err.find(secret_text()) == std::string::npos);
  }
  SECTION("a parameter entity") {
    HostileRun h = check_beside_good_report(
        "xxe-param.xml", kDeclaration + "<!DOCTYPE report [<!ENTITY % p SYSTEM \"file://" + secret_path() +
                             "\"> %p;]>\n" + kReportStart + kTask + "</report>\n");
    check_refused(h, "xxe-param.xml", "2:1", "不接受 DOCTYPE");
    CHECK(h.run.out.find(secret_text()) == std::string::npos);
  }
}

TEST_CASE("hostile XML: an XInclude of a local file is a schema finding, not an inclusion", "[cli][hostile-xml]") {
  HostileRun h = check_beside_good_report(
      "xinclude.xml", kDeclaration + kReportStart + "\n<task ref=\"1\" status=\"in-progress\"><lead>区政工部</lead>" +
                          "<progress><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret_path() +
                          "\" parse=\"text\"/></progress></task></report>\n");
  INFO(h.run.out);
  CHECK(h.run.exit_code == 1);
  CHECK(h.run.out.find(h.dir + "/xinclude.xml:2:") != std::string::npos);
  CHECK(h.run.out.find("[schema]") != std::string::npos);
  CHECK(h.run.out.find(secret_text()) == std::string::npos);
  CHECK(h.run.out.find(h.dir + "/good.xml:3:9: 错误 [task-known]") != std::string::npos);
}

TEST_CASE("hostile XML: an entity expansion bomb is refused before any expansion", "[cli][hostile-xml]") {
  std::string entities = "<!ENTITY lol0 \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    entities += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) entities += "&lol" + std::to_string(i - 1) + ";";
    entities += "\">";
  }
  HostileRun h = check_beside_good_report(
      "laughs.xml", kDeclaration + "<!DOCTYPE report [" + entities + "]>\n" + kReportStart +
                        "<task ref=\"1\" status=\"done\"><lead>&lol9;</lead></task></report>\n");
  check_refused(h, "laughs.xml", "2:1", "不接受 DOCTYPE");
}

TEST_CASE("hostile XML: 10,000-deep nesting is refused at the element past --max-depth", "[cli][hostile-xml]") {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<p>";
  for (int i = 0; i < 10000; ++i) deep += "</p>";
  HostileRun h = check_beside_good_report("deep.xml", kDeclaration + kReportStart + "\n<narrative>" + deep +
                                                          "</narrative></report>\n");
  // The root is level 1 and narrative level 2, so the 63rd <p> (column 12 + 62 * 3) is level 65.
  check_refused(h, "deep.xml", "3:198", "元素嵌套超过 64 层 (nesting deeper than 64, --max-depth)");
}

TEST_CASE("hostile XML: a megabyte attribute is read, and the finding quoting it is cut short", "[cli][hostile-xml]") {
  std::string huge(1 << 20, '9');
  HostileRun h = check_beside_good_report(
      "huge-attribute.xml",
      kDeclaration + kReportStart + "\n<task ref=\"" + huge + "\" status=\"done\"><lead>区政工部</lead></task></report>\n");
  INFO(h.run.out.substr(0, 4000));
  CHECK(h.run.exit_code == 1);
  size_t at = h.run.out.find(h.dir + "/huge-attribute.xml:3:7: 错误 [task-known]");
  REQUIRE(at != std::string::npos);
  std::string line = h.run.out.substr(at, h.run.out.find('\n', at) - at);
  CHECK(line.size() < 3000);
  CHECK(line.find("bytes cut") != std::string::npos);
  CHECK(h.run.out.find(h.dir + "/good.xml:3:9: 错误 [task-known]") != std::string::npos);
}

TEST_CASE("hostile XML: a file over --max-file-size is refused before it is read", "[cli][hostile-xml]") {
  std::string padding(2 << 20, ' ');
  HostileRun h = check_beside_good_report("big.xml", kDeclaration + kReportStart + kTask + padding + "</report>\n",
                                          {"--max-file-size", "1"});
  check_refused(h, "big.xml", "1:1", "文件过大 (file too large): ");
  CHECK(h.run.out.find("limit 1048576 (--max-file-size)") != std::string::npos);
}

TEST_CASE("hostile XML: undeclared GBK bytes are refused at the first byte that is not UTF-8, declared GBK is read", "[cli][hostile-xml]") {
  // 区政工部 in GBK: C7F8 D5FE B9A4 B2BF.
  std::string gbk_unit = "\xC7\xF8\xD5\xFE\xB9\xA4\xB2\xBF";
  std::string body = "<report xmlns=\"urn:plancheck:report:1\" plan=\"p\" unit=\"" + gbk_unit + "\" submitted=\"2023-11-20\"/>\n";
  SECTION("declared as GBK") {
    std::string declared = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n";
    // Declared GBK is read, converted with a note (issue 16); only undeclared GBK is refused.
    HostileRun h = check_beside_good_report("gbk.xml", declared + body);
    CHECK(h.run.out.find("声明的编码为 gbk") == std::string::npos);
    CHECK(h.run.out.find("按声明的编码 gbk 读取并转换为 UTF-8") != std::string::npos);
  }
  SECTION("not declared") {
    HostileRun h = check_beside_good_report("gbk.xml", kDeclaration + body);
    check_refused(h, "gbk.xml", "2:55", "不是有效的 UTF-8 字节 (invalid UTF-8)");
  }
}

TEST_CASE("hostile XML: UTF-16 is refused with or without a byte order mark", "[cli][hostile-xml]") {
  auto utf16le = [](const std::string& ascii, bool bom) {
    std::string out = bom ? "\xFF\xFE" : "";
    for (char c : ascii) {
      out += c;
      out += '\0';
    }
    return out;
  };
  std::string ascii = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<report xmlns=\"urn:plancheck:report:1\"/>\n";
  SECTION("with a BOM") {
    HostileRun h = check_beside_good_report("utf16.xml", utf16le(ascii, true));
    check_refused(h, "utf16.xml", "1:1", "文件编码为 UTF-16，须为 UTF-8 (encoding is UTF-16, must be UTF-8)");
  }
  SECTION("without a BOM or a declaration") {
    HostileRun h = check_beside_good_report("utf16.xml", utf16le("<report xmlns=\"urn:plancheck:report:1\"/>\n", false));
    check_refused(h, "utf16.xml", "1:1", "文件编码为 UTF-16，须为 UTF-8");
  }
}

TEST_CASE("hostile XML: a zero byte inside a UTF-8 file is refused where it stands", "[cli][hostile-xml]") {
  HostileRun h = check_beside_good_report(
      "zero.xml", kDeclaration + kReportStart + "\n<task ref=\"1\" status=\"done\"><lead>区政" + std::string(1, '\0') +
                      "部</lead></task></report>\n<report>hidden after the zero byte</report>");
  check_refused(h, "zero.xml", "3:37", "含有零字节，不是 UTF-8 文本 (a zero byte: not UTF-8 text)");
}

TEST_CASE("hostile XML: a UTF-8 byte order mark is accepted and changes no position", "[cli][hostile-xml]") {
  std::string report = kDeclaration + kReportStart + "\n  <task ref=\"99\" status=\"done\"><lead>区政工部</lead></task>\n</report>\n";
  HostileRun h = check_beside_good_report("with-bom.xml", "\xEF\xBB\xBF" + report);
  INFO(h.run.out);
  CHECK(h.run.exit_code == 1);
  CHECK(h.run.out.find(h.dir + "/with-bom.xml:3:9: 错误 [task-known]") != std::string::npos);
  CHECK(h.run.out.find(h.dir + "/good.xml:3:9: 错误 [task-known]") != std::string::npos);
}

TEST_CASE("hostile XML: empty and truncated files are refused with a position", "[cli][hostile-xml]") {
  SECTION("empty") {
    HostileRun h = check_beside_good_report("empty.xml", "");
    check_refused(h, "empty.xml", "1:1", "文件为空 (empty file)");
  }
  SECTION("only white space") {
    HostileRun h = check_beside_good_report("blank.xml", " \n\t\n");
    check_refused(h, "blank.xml", "1:1", "文件为空 (empty file)");
  }
  SECTION("truncated in a tag") {
    std::string whole = kDeclaration + kReportStart + kTask + "</report>\n";
    HostileRun h = check_beside_good_report("truncated.xml", whole.substr(0, kDeclaration.size() + 30));
    check_refused(h, "truncated.xml", "2:16", "XML 格式错误 (not well-formed)");
  }
  SECTION("truncated after an element") {
    HostileRun h = check_beside_good_report("truncated.xml", kDeclaration + kReportStart + "\n" + kTask + "\n");
    INFO(h.run.out);
    CHECK(h.run.exit_code == 2);
    CHECK(h.run.out.find(h.dir + "/truncated.xml:3:") != std::string::npos);
    CHECK(h.run.out.find("not well-formed") != std::string::npos);
  }
}

TEST_CASE("hostile XML: evidence may not leave the report's folder", "[cli][hostile-xml][evidence]") {
  namespace fs = std::filesystem;
  std::string root = make_temp_dir("evidence");
  std::string dir = root + "/reports";
  write_file(root + "/outside.txt", "OUTSIDE-SECRET-CONTENT\n");
  write_file(dir + "/attachments/present.txt", "present\n");
  fs::create_symlink(root + "/outside.txt", dir + "/attachments/link-out.txt");
  fs::create_symlink(dir + "/attachments/present.txt", dir + "/attachments/link-in.txt");
  auto evidence = [](const std::string& href) { return "<evidence href=\"" + href + "\">证明</evidence>"; };
  write_file(dir + "/r.xml",
             kDeclaration + kReportStart + "\n" +
                 "<task ref=\"1\" status=\"in-progress\"><lead>区政工部</lead>\n" +            // line 3
                 evidence("../outside.txt") + "\n" +                                           // line 4
                 evidence(root + "/outside.txt") + "\n" +                                      // line 5
                 evidence("attachments/link-out.txt") + "\n" +                                 // line 6
                 evidence("attachments/../../outside.txt") + "\n" +                            // line 7
                 evidence("attachments/missing.pdf") + "\n" +                                  // line 8
                 evidence("attachments/present.txt") + "\n" +                                  // line 9
                 evidence("attachments/link-in.txt") + "\n" +                                  // line 10
                 evidence("https://example.org/x.pdf") + "\n" +                                // line 11
                 "</task></report>\n");
  CliRun run = run_cli({"check", "--plan", "fixtures/plans/004-liaocheng.xml", "--as-of", "2023-11-20", dir});
  INFO(run.out);
  CHECK(run.exit_code == 1);
  for (int line : {4, 5, 6, 7})
    CHECK(run.out.find(dir + "/r.xml:" + std::to_string(line) + ":11: 错误 [evidence-exists]") != std::string::npos);
  CHECK(count_of(run.out, "超出报告所在目录") == 4);
  CHECK(run.out.find(dir + "/r.xml:8:11: 错误 [evidence-exists]") != std::string::npos);
  CHECK(count_of(run.out, "[evidence-exists]") == 5);  // present, link-in and the https link are fine
  CHECK(run.out.find("OUTSIDE-SECRET-CONTENT") == std::string::npos);
}
