#include "intake.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <pugixml.hpp>
#include <spdlog/spdlog.h>

#include "document.h"
#include "engine.h"
#include "finding_comments.h"
#include "import_output.h"
#include "import_plan.h"
#include "output.h"
#include "plan.h"
#include "plan_review.h"
#include "report_source.h"
#include "schema.h"
#include "source_document.h"
#include "status.h"

namespace plancheck::service {

namespace {

// Plan reading and the status matrix run one at a time (they are quick); checks run as many
// at once as there are cores (each run_check has its own rule hosts), the rest wait.
std::mutex& core_mutex() {
  static std::mutex mutex;
  return mutex;
}

class CheckSlots {
 public:
  CheckSlots() : free_(std::max(1u, std::thread::hardware_concurrency())) {}
  void acquire() {
    std::unique_lock<std::mutex> lock(mutex_);
    freed_.wait(lock, [this] { return free_ > 0; });
    --free_;
  }
  void release() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++free_;
    }
    freed_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  unsigned free_;
};

struct CheckSlot {
  static CheckSlots& slots() {
    static CheckSlots all;
    return all;
  }
  CheckSlot() { slots().acquire(); }
  ~CheckSlot() { slots().release(); }
};

// A scratch file in the check's own folder (removed with it).
void write_scratch(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::unique_ptr<Plan> parse_plan(const std::string& xml, std::string* error) {
  init_xml_library();
  LoadError load_error;
  std::unique_ptr<Document> doc = Document::parse(xml, "plan.xml", LoadLimits{}, &load_error);
  if (!doc) {
    *error = "方案 XML 无法读取：" + load_error.to_string();
    return nullptr;
  }
  if (doc->kind() != DocumentKind::Plan) {
    *error = "这不是实施方案 XML（根元素应为 urn:plancheck:plan:1 中的 plan）。";
    return nullptr;
  }
  return std::make_unique<Plan>(std::move(doc));
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

PlanIntake read_plan_upload(const std::string& bytes, const std::string& file_name, UploadKind kind) {
  std::lock_guard<std::mutex> lock(core_mutex());
  PlanIntake intake;
  pugi::xml_document xml;
  std::vector<ImportWarning> warnings;
  TaskLines task_lines;
  if (kind == UploadKind::Xml) {
    std::unique_ptr<Plan> plan = parse_plan(bytes, &intake.error);
    if (!plan) return intake;
    intake.xml = bytes;
    xml.load_buffer(bytes.data(), bytes.size());
  } else {
    SourceDocument doc;
    SourceReadError error;
    std::string name = "plan" + std::string(upload_extension(kind));
    if (!read_source_bytes(bytes, name, SourceReadOptions{}, &doc, &error)) {
      intake.error = "方案文件无法读取：" + error.zh;
      return intake;
    }
    PlanImport result;
    import_plan(doc, PlanImportOptions{}, result);
    if (!result.ok) {
      intake.error = "未能从文件中读出方案的文号和成文日期";
      for (const ImportWarning& w : result.warnings) intake.error += "；" + w.message("zh");
      return intake;
    }
    warnings = result.warnings;
    task_lines = result.task_lines;
    intake.review = plan_review_json(result.xml, warnings, "zh", task_lines, result.review_notes);
    intake.xml = serialize_imported(result.xml, file_name, "import-plan");
    xml.load_buffer(intake.xml.data(), intake.xml.size());
  }
  std::string problems = imported_schema_problems(intake.xml, "zh");
  if (!problems.empty()) {
    intake.error = "方案未通过模式校验：\n" + problems;
    return intake;
  }
  if (kind == UploadKind::Xml) intake.review = plan_review_json(xml, warnings, "zh", task_lines);
  pugi::xml_node root = xml.document_element();
  intake.plan_id = root.attribute("id").value();
  intake.title = root.child_value("title");
  intake.ok = true;
  return intake;
}

bool edit_plan(const std::string& plan_xml, const std::vector<TaskEdit>& edits, std::string* edited,
               nlohmann::json* review, std::string* error) {
  std::lock_guard<std::mutex> lock(core_mutex());
  pugi::xml_document xml;
  xml.load_buffer(plan_xml.data(), plan_xml.size(), pugi::parse_default | pugi::parse_declaration | pugi::parse_comments);
  pugi::xml_node root = xml.document_element();
  std::vector<std::string> named;  // every unit the edits name, for the directory
  for (const TaskEdit& edit : edits) {
    pugi::xml_node task;
    for (pugi::xpath_node found : root.select_nodes("//task"))
      if (edit.task == found.node().attribute("id").value()) task = found.node();
    if (!task) {
      *error = "方案中没有任务“" + edit.task + "”。";
      return false;
    }
    // Units go after the title and text, leads first, as the importer writes them.
    pugi::xml_node anchor = task.child("text") ? task.child("text") : task.child("title");
    auto replace = [&](const char* name, const std::vector<std::string>& units) {
      while (pugi::xml_node old = task.child(name)) task.remove_child(old);
      for (const std::string& unit : units) {
        anchor = anchor ? task.insert_child_after(name, anchor) : task.prepend_child(name);
        anchor.text().set(unit.c_str());
        named.push_back(unit);
      }
    };
    if (edit.leads) replace("lead", *edit.leads);
    if (edit.leads && edit.responsible) replace("responsible", *edit.responsible);
    else if (edit.responsible) {
      for (pugi::xml_node lead : task.children("lead")) anchor = lead;  // after the leads as they stand
      replace("responsible", *edit.responsible);
    }
    if (edit.deadline) {
      pugi::xml_node deadline = task.child("deadline");
      if (edit.deadline->empty()) {
        if (deadline) task.remove_child(deadline);
      } else {
        if (!Date::parse_iso(*edit.deadline)) {
          *error = "任务" + edit.task + "的期限应为日期（YYYY-MM-DD）。";
          return false;
        }
        if (!deadline) {
          pugi::xml_node after = anchor;
          for (pugi::xml_node n : task.children())
            if (std::string(n.name()) == "lead" || std::string(n.name()) == "responsible") after = n;
          deadline = after ? task.insert_child_after("deadline", after) : task.append_child("deadline");
        }
        deadline.remove_attribute("recurs");
        deadline.remove_attribute("month");
        deadline.text().set(edit.deadline->c_str());
      }
    }
  }
  if (pugi::xml_node units = root.child("units")) {
    for (const std::string& unit : named) {
      bool listed = false;
      for (pugi::xml_node u : units.children("unit")) {
        if (unit == u.attribute("name").value()) listed = true;
        for (pugi::xml_node alias : u.children("alias"))
          if (unit == alias.child_value()) listed = true;
      }
      if (!listed) units.append_child("unit").append_attribute("name") = unit.c_str();
    }
  }
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  *edited = out.str();
  std::string problems = imported_schema_problems(*edited, "zh");
  if (!problems.empty()) {
    *error = "修改后的方案未通过模式校验：\n" + problems;
    return false;
  }
  *review = plan_review_json(xml, {}, "zh", {});
  return true;
}

std::string plan_with_deadline(const std::string& plan_xml, const std::string& deadline) {
  pugi::xml_document xml;
  xml.load_buffer(plan_xml.data(), plan_xml.size(), pugi::parse_default | pugi::parse_declaration | pugi::parse_comments);
  pugi::xml_node root = xml.document_element();
  while (pugi::xml_node old = root.child("reporting")) root.remove_child(old);
  // The schema's choice allows reporting anywhere among the plan's children; before <units>
  // keeps the order of the fixtures.
  pugi::xml_node units = root.child("units");
  pugi::xml_node reporting = units ? root.insert_child_before("reporting", units) : root.append_child("reporting");
  reporting.append_attribute("due") = deadline.c_str();
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

std::vector<std::string> plan_units(const std::string& plan_xml) {
  std::lock_guard<std::mutex> lock(core_mutex());
  std::string error;
  std::unique_ptr<Plan> plan = parse_plan(plan_xml, &error);
  if (!plan) return {};
  PlanSet plans;
  plans.add(std::move(plan));
  StatusResult status = compute_status(plans, {}, StatusOptions{});
  return status.plans.empty() ? std::vector<std::string>{} : status.plans[0].units;
}

ReportCheck check_report(const ReportCheckRequest& r) {
  CheckSlot slot;
  ReportCheck out;
  namespace fs = std::filesystem;
  fs::create_directories(r.work_dir);
  struct RemoveDir {
    std::string dir;
    ~RemoveDir() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } remove{r.work_dir};
  std::string plan_path = r.work_dir + "/plan.xml";
  std::string report_path = r.work_dir + "/report" + upload_extension(r.kind);
  write_scratch(plan_path, r.plan_xml);
  write_scratch(report_path, r.bytes);

  CheckOptions options;
  options.plan_paths = {plan_path};
  options.inputs = {report_path};
  options.settings.as_of = r.as_of;
  options.settings.lang = "zh";
  options.jobs = 1;
  options.plan_rules = false;  // the plan's own defects are not the unit's to fix
  options.report_unit = r.unit;
  options.report_submitted = r.as_of.iso();
  CheckResult result;
  try {
    result = run_check(options);
  } catch (const std::exception& e) {
    spdlog::error("check of an upload failed: {}", e.what());
    out.error = "检查未能运行，请联系督查室。";
    return out;
  }
  for (const FileStatus& file : result.files) {
    if (file.path != report_path) continue;
    if (!file.checked) {
      std::string reason = file.error;
      if (reason.rfind(report_path, 0) == 0) reason = r.file_name + reason.substr(report_path.size());
      out.error = "报告无法检查：" + reason;
      return out;
    }
    if (!file.unit.empty() && file.canonical_unit != r.unit) {
      out.error = "报告写明的报送单位是“" + file.unit + "”，而此链接属于“" + r.unit + "”。请使用本单位的链接上传。";
      return out;
    }
  }
  if (r.kind == UploadKind::Docx) {
    std::string annotated_path = r.work_dir + "/annotated.docx";
    DocxCommentOptions comment_options;
    comment_options.date = r.as_of.iso() + "T00:00:00Z";
    DocxCommentResult written;
    if (add_docx_comments(report_path, annotated_path, finding_comments(result.findings, report_path, false),
                          comment_options, &written))
      out.annotated = read_file(annotated_path);
    else
      spdlog::warn("annotate: {}", written.error);
  }
  // The report as XML for the matrix: as uploaded, or as import-report converts it.
  if (r.kind == UploadKind::Xml) {
    out.report_xml = r.bytes;
  } else {
    std::string error;
    std::unique_ptr<Plan> plan = parse_plan(r.plan_xml, &error);
    SourceDocument source;
    SourceReadError read_error;
    ReportConversion conversion;
    if (plan && read_source_document(report_path, SourceReadOptions{}, &source, &read_error)) {
      ReportSourceOptions convert;
      convert.plans = {plan.get()};
      convert.unit = r.unit;
      convert.submitted = r.as_of.iso();
      convert_report(source, r.file_name, convert, &conversion);
      if (conversion.ok) out.report_xml = conversion.xml;
    }
  }
  // Paths as the unit knows them: its file's name, not the service's folder.
  for (FileStatus& file : result.files) {
    if (file.path == report_path) file.path = r.file_name;
    if (file.path == plan_path) file.path = "plan.xml";
  }
  for (Finding& f : result.findings) {
    if (f.file == report_path) f.file = r.file_name;
    if (f.file == plan_path) f.file = "plan.xml";
  }
  std::ostringstream json;
  write_json(json, result, OutputOptions{});
  out.json = nlohmann::ordered_json::parse(json.str());
  SeverityCounts counts = count_severities(split_findings(result).reports);
  out.errors = counts.error;
  out.warnings = counts.warning;
  out.infos = counts.info;
  out.ok = true;
  return out;
}

nlohmann::json plan_status_json(const std::string& plan_xml, const std::vector<std::string>& report_xmls,
                                const Date& as_of) {
  std::lock_guard<std::mutex> lock(core_mutex());
  std::string error;
  std::unique_ptr<Plan> plan = parse_plan(plan_xml, &error);
  if (!plan) return nlohmann::json::object();
  PlanSet plans;
  plans.add(std::move(plan));
  std::vector<std::unique_ptr<Document>> docs;
  std::vector<const Document*> reports;
  for (size_t i = 0; i < report_xmls.size(); ++i) {
    LoadError load_error;
    auto doc = Document::parse(report_xmls[i], "report-" + std::to_string(i + 1) + ".xml", LoadLimits{}, &load_error);
    if (doc && doc->kind() == DocumentKind::Report) {
      reports.push_back(doc.get());
      docs.push_back(std::move(doc));
    }
  }
  StatusOptions options;
  options.as_of = as_of;
  StatusResult status = compute_status(plans, reports, options);
  std::ostringstream text;
  write_status_json(text, status, StatusOutputOptions{});
  nlohmann::json doc = nlohmann::json::parse(text.str());
  // What the matrix needs beyond cli.md's JSON: the rows and columns in the plan's order.
  nlohmann::json tasks = nlohmann::json::array(), units = nlohmann::json::array();
  for (const PlanStatus& p : status.plans) {
    for (size_t i = 0; i < p.tasks.size(); ++i)
      tasks.push_back({{"id", p.tasks[i]}, {"title", i < p.task_titles.size() ? p.task_titles[i] : ""}});
    for (const std::string& u : p.units) units.push_back(u);
  }
  doc["tasks"] = tasks;
  doc["units"] = units;
  for (auto& cell : doc["cells"]) {
    for (const StatusCell& c : status.cells)
      if (c.task == cell["task"] && c.unit == cell["unit"]) cell["days_left"] = c.days_left;
  }
  return doc;
}

}  // namespace plancheck::service
