#include "service.h"

#include <ctime>
#include <fstream>
#include <map>
#include <sstream>

#include <httplib.h>
#include <spdlog/spdlog.h>

#include "auth.h"
#include "compare.h"
#include "intake.h"
#include "sniff.h"
#include "source_document.h"

namespace plancheck::service {

namespace {

// UTC to the second, ISO 8601: timestamps compare as text in either database.
std::string iso_utc(std::time_t t) {
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string version_label(int version) { return "第" + std::to_string(version) + "稿"; }

const char* review_label(const std::string& review) {
  if (review == "accepted") return "已采纳";
  if (review == "returned") return "已退回";
  return "待审核";
}

// The colour a supervisor reads a matrix cell by, and its word.
std::pair<const char*, const char*> cell_colour(const json& cell) {
  std::string state = cell.value("state", "");
  if (state == "done") return {"done", "已完成"};
  if (cell.value("overdue", false)) return {"overdue", "逾期"};
  if (cell.value("due_soon", false)) return {"due-soon", "临期"};
  if (state == "missing") return {"not-reported", "未报"};
  return {"on-track", "推进中"};
}

// A file name as shown back: its last component, without control characters.
std::string clean_file_name(const std::string& name) {
  std::string base = name.substr(name.find_last_of("/\\") == std::string::npos ? 0 : name.find_last_of("/\\") + 1);
  std::string out;
  for (unsigned char c : base)
    if (c >= 0x20 && c != 0x7F) out += char(c);
  if (out.empty() || out == "." || out == "..") out = "upload";
  if (out.size() > 200) out.resize(200);
  return out;
}

std::string csv_field(const std::string& raw) {
  // A cell a spreadsheet would run as a formula (a unit's file name "=HYPERLINK(…)") is
  // written as text.
  std::string text = !raw.empty() && std::string("=+-@").find(raw[0]) != std::string::npos ? "'" + raw : raw;
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string json_text(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The findings of a check as reasons for a return, one numbered line each, with the place.
std::string reasons_from_findings(const json& findings) {
  std::string text;
  int n = 0;
  for (const auto& f : findings) {
    if (json_text(f, "about") == "plan") continue;
    std::string place = f.contains("place") ? json_text(f["place"], "text") : std::string();
    std::string task = json_text(f, "task");
    text += std::to_string(++n) + ". ";
    if (!place.empty()) text += place + "：";
    if (!task.empty()) text += "任务" + task + "：";
    text += json_text(f, "message") + "\n";
  }
  return text;
}

}  // namespace

Service::Service(std::unique_ptr<Store> store, ServiceConfig config)
    : store_(std::move(store)), config_(std::move(config)), blobs_(config_.data_dir + "/blobs") {}

Date Service::today() const {
  if (config_.as_of) return *config_.as_of;
  std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string Service::now() const { return iso_utc(std::time(nullptr)); }

std::optional<std::string> Service::ensure_admin(const std::string& password_file) {
  if (store_->count_accounts() > 0) return std::nullopt;
  std::string password;
  bool generated = false;
  if (!password_file.empty()) {
    std::ifstream in(password_file);
    if (!in) throw std::runtime_error("无法读取密码文件 " + password_file);
    std::getline(in, password);
    while (!password.empty() && (password.back() == '\r' || password.back() == ' ')) password.pop_back();
    if (password.size() < 8) throw std::runtime_error("管理员密码至少 8 个字符");
  } else {
    password = random_token().substr(0, 20);
    generated = true;
  }
  store_->add_account("admin", hash_password(password), now());
  store_->audit("系统", "创建督查室账号", 0, "admin", now());
  return generated ? std::optional<std::string>(password) : std::nullopt;
}

std::optional<std::string> Service::sign_in(const std::string& name, const std::string& password) {
  std::optional<AccountRow> account = store_->account(name);
  // A missing account costs the same hashing time as a wrong password.
  static const std::string dummy = hash_password(random_token());
  if (!verify_password(account ? account->password_hash : dummy, password) || !account) {
    store_->audit(name.substr(0, 64), "登录失败", 0, "", now());
    return std::nullopt;
  }
  std::string token = random_token();
  store_->add_session(token_digest(token), account->id, iso_utc(std::time(nullptr) + 12 * 3600));
  store_->audit(account->name, "登录", 0, "", now());
  return token;
}

std::optional<AccountRow> Service::session(const std::string& token) {
  if (token.empty()) return std::nullopt;
  return store_->session_account(token_digest(token), now());
}

void Service::sign_out(const std::string& token) { store_->delete_session(token_digest(token)); }

std::string Service::blob(const std::string& hash) {
  std::string bytes;
  if (!blobs_.get(hash, &bytes)) throw std::runtime_error("blob missing: " + hash);
  return bytes;
}

json Service::plans() {
  json list = json::array();
  for (const PlanRow& p : store_->plans())
    list.push_back({{"id", p.id}, {"plan_id", p.plan_id}, {"title", p.title}, {"state", p.state},
                    {"deadline", p.deadline}, {"created_at", p.created_at}});
  return {{"plans", list}};
}

json Service::upload_plan(const std::string& actor, const std::string& file_name, const std::string& bytes) {
  if (bytes.size() > config_.max_upload_bytes) throw ServiceError(413, "文件过大。");
  std::string reason;
  UploadKind kind = sniff_upload(bytes, &reason);
  if (kind == UploadKind::Unknown) throw ServiceError(415, "无法接收此文件：" + reason);
  PlanIntake intake = read_plan_upload(bytes, clean_file_name(file_name), kind);
  if (!intake.ok) throw ServiceError(422, intake.error);
  PlanRow row;
  row.plan_id = intake.plan_id;
  row.title = intake.title;
  row.source_name = clean_file_name(file_name);
  row.source_blob = blobs_.put(bytes);
  row.xml_blob = blobs_.put(intake.xml);
  row.review_json = intake.review.dump();
  row.created_at = now();
  int64_t id = store_->add_plan(row);
  store_->audit(actor, "上传方案", id, row.source_name + "（" + row.plan_id + "）", now());
  return {{"id", id}, {"plan_id", row.plan_id}, {"title", row.title}};
}

PlanRow Service::published_plan(int64_t id) {
  std::optional<PlanRow> plan = store_->plan(id);
  if (!plan) throw ServiceError(404, "没有这个方案。");
  if (plan->state != "published") throw ServiceError(409, "方案尚未发布。");
  return *plan;
}

json Service::status_of(const PlanRow& plan) {
  std::vector<std::string> latest;  // each unit's latest version: the matrix is where they stand now
  for (const UnitRow& u : store_->units(plan.id)) {
    std::vector<SubmissionRow> versions = store_->submissions_of_unit(u.id);
    for (auto it = versions.rbegin(); it != versions.rend(); ++it)
      if (!it->report_xml_blob.empty()) {
        latest.push_back(blob(it->report_xml_blob));
        break;
      }
  }
  json status = plan_status_json(blob(plan.xml_blob), latest, today());
  for (auto& cell : status["cells"]) {
    auto [colour, label] = cell_colour(cell);
    cell["colour"] = colour;
    cell["colour_label"] = label;
    cell.erase("report");  // a path in the service's folder, nothing for a person
    cell.erase("history");
  }
  return status;
}

json Service::units_json(const PlanRow& plan, const json& status) {
  json units = json::array();
  for (const UnitRow& u : store_->units(plan.id)) {
    json versions = json::array();
    for (const SubmissionRow& s : store_->submissions_of_unit(u.id))
      versions.push_back({{"id", s.id}, {"version", s.version}, {"label", version_label(s.version)},
                          {"file_name", s.file_name}, {"created_at", s.created_at},
                          {"summary", {{"error", s.errors}, {"warning", s.warnings}, {"info", s.infos}}},
                          {"review", s.review}, {"review_label", review_label(s.review)}});
    json tasks = json::array();
    for (const auto& cell : status["cells"])
      if (cell["unit"] == u.name) tasks.push_back(cell["task"]);
    units.push_back({{"id", u.id}, {"name", u.name}, {"link", u.token.empty() ? json(nullptr) : json("/u/" + u.token)},
                     {"link_issued_at", u.token_issued_at}, {"tasks", tasks}, {"versions", versions}});
  }
  return units;
}

json Service::plan(int64_t id) {
  std::optional<PlanRow> plan = store_->plan(id);
  if (!plan) throw ServiceError(404, "没有这个方案。");
  json out = {{"id", plan->id},          {"plan_id", plan->plan_id},         {"title", plan->title},
              {"state", plan->state},    {"source_name", plan->source_name}, {"as_of", today().iso()},
              {"review", json::parse(plan->review_json)}};
  if (plan->state != "published") return out;
  out["period_from"] = plan->period_from;
  out["period_to"] = plan->period_to;
  out["deadline"] = plan->deadline;
  json status = status_of(*plan);
  out["units"] = units_json(*plan, status);
  out["status"] = status;
  out["reminders"] = reminders(id)["units"];
  return out;
}

void Service::edit_plan(const std::string& actor, int64_t id, const std::vector<TaskEdit>& edits) {
  std::optional<PlanRow> plan = store_->plan(id);
  if (!plan) throw ServiceError(404, "没有这个方案。");
  if (plan->state != "draft") throw ServiceError(409, "方案已经发布，不能再修改。");
  if (edits.empty()) return;
  std::string xml, error;
  nlohmann::json review;
  if (!plancheck::service::edit_plan(blob(plan->xml_blob), edits, &xml, &review, &error)) throw ServiceError(422, error);
  store_->update_draft(id, blobs_.put(xml), review.dump());
  std::string tasks;
  for (const TaskEdit& e : edits) tasks += (tasks.empty() ? "" : "、") + e.task;
  store_->audit(actor, "修改方案核对", id, plan->plan_id + "：任务 " + tasks, now());
}

void Service::publish(const std::string& actor, int64_t id, const std::string& from, const std::string& to,
                      const std::string& deadline) {
  std::optional<PlanRow> plan = store_->plan(id);
  if (!plan) throw ServiceError(404, "没有这个方案。");
  if (plan->state == "published") throw ServiceError(409, "方案已经发布。");
  auto f = Date::parse_iso(from), t = Date::parse_iso(to), d = Date::parse_iso(deadline);
  if (!f || !t || !d) throw ServiceError(400, "请填写报送周期的起止日期和报送截止日期（YYYY-MM-DD）。");
  if (*t < *f) throw ServiceError(400, "报送周期的结束日期早于开始日期。");
  std::string xml = plan_with_deadline(blob(plan->xml_blob), deadline);
  std::vector<UnitRow> units;
  for (const std::string& name : plan_units(xml)) {
    UnitRow u;
    u.name = name;
    u.token = random_token();
    u.token_digest = token_digest(u.token);
    units.push_back(u);
  }
  if (units.empty()) throw ServiceError(422, "方案中没有读到任何责任单位，无法发布。");
  store_->publish_plan(id, blobs_.put(xml), from, to, deadline, now(), units);
  store_->audit(actor, "发布方案", id,
                plan->plan_id + "：报送周期 " + from + " 至 " + to + "，截止 " + deadline + "，单位 " +
                    std::to_string(units.size()) + " 个",
                now());
}

json Service::set_link(const std::string& actor, int64_t unit_id, bool revoke) {
  std::optional<UnitRow> unit = store_->unit(unit_id);
  if (!unit) throw ServiceError(404, "没有这个单位。");
  std::string token = revoke ? std::string() : random_token();
  store_->set_unit_token(unit_id, token, revoke ? std::string() : token_digest(token), now());
  store_->audit(actor, revoke ? "收回链接" : "重新生成链接", unit->plan_ref, unit->name, now());
  return {{"unit", unit->name}, {"plan", unit->plan_ref}, {"link", revoke ? json(nullptr) : json("/u/" + token)}};
}

json Service::reminders(int64_t plan_id) {
  PlanRow plan = published_plan(plan_id);
  Date deadline = *Date::parse_iso(plan.deadline);
  long days_left = days_between(today(), deadline);
  json units = json::array();
  for (const UnitRow& u : store_->units(plan.id))
    if (store_->submissions_of_unit(u.id).empty())
      units.push_back({{"unit", u.name}, {"deadline", plan.deadline}, {"days_left", days_left},
                       {"overdue", days_left < 0}, {"link_active", !u.token.empty()}});
  return {{"plan", plan.id}, {"plan_id", plan.plan_id}, {"as_of", today().iso()}, {"deadline", plan.deadline}, {"units", units}};
}

json Service::send_reminders(const std::string& actor, int64_t plan_id) {
  if (config_.remind_webhook.empty()) throw ServiceError(409, "未配置催报通知地址（serve --remind-webhook URL）。");
  json list = reminders(plan_id);
  list["title"] = title_of(plan_id);
  // http(s)://host[:port] and the path after it.
  const std::string& url = config_.remind_webhook;
  size_t scheme = url.find("://");
  size_t slash = scheme == std::string::npos ? std::string::npos : url.find('/', scheme + 3);
  std::string origin = slash == std::string::npos ? url : url.substr(0, slash);
  std::string path = slash == std::string::npos ? "/" : url.substr(slash);
  httplib::Client client(origin);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  auto result = client.Post(path.c_str(), list.dump(), "application/json; charset=utf-8");
  int status = result ? result->status : 0;
  store_->audit(actor, "发送催报", plan_id,
                std::to_string(list["units"].size()) + " 个单位，通知地址答复 " + (status ? std::to_string(status) : "无"), now());
  if (status < 200 || status >= 300) throw ServiceError(502, "催报通知未送达（通知地址没有正常答复）。");
  return {{"sent", list["units"].size()}, {"status", status}};
}

std::string Service::title_of(int64_t plan_id) {
  std::optional<PlanRow> plan = store_->plan(plan_id);
  return plan ? plan->title : std::string();
}

std::string Service::matrix_csv(int64_t plan_id) {
  PlanRow plan = published_plan(plan_id);
  json status = status_of(plan);
  std::string csv = "\xEF\xBB\xBF任务,任务名称,单位,角色,状态,颜色,截止日期,剩余天数\r\n";  // BOM: Excel reads UTF-8
  std::map<std::string, std::string> titles;
  for (const auto& t : status["tasks"]) titles[t["id"].get<std::string>()] = t["title"].get<std::string>();
  for (const auto& c : status["cells"]) {
    std::string task = json_text(c, "task");
    csv += csv_field(task) + "," + csv_field(titles[task]) + "," + csv_field(json_text(c, "unit")) + "," +
           (json_text(c, "role") == "lead" ? "牵头" : "责任") + "," + json_text(c, "state") + "," +
           json_text(c, "colour_label") + "," + json_text(c, "deadline") + "," +
           (c.contains("days_left") && !json_text(c, "deadline").empty() ? std::to_string(c["days_left"].get<long>()) : "") +
           "\r\n";
  }
  return csv;
}

std::string Service::findings_csv(int64_t plan_id) {
  PlanRow plan = published_plan(plan_id);
  std::string csv = "\xEF\xBB\xBF单位,稿次,文件,规则,严重程度,任务,位置,说明,建议\r\n";
  for (const UnitRow& u : store_->units(plan.id))
    for (const SubmissionRow& s : store_->submissions_of_unit(u.id)) {
      json check = json::parse(s.check_json);
      for (const auto& f : check["findings"]) {
        std::string place = f.contains("place") ? json_text(f["place"], "text")
                                                : "第" + std::to_string(f.value("line", 0)) + "行";
        csv += csv_field(u.name) + "," + version_label(s.version) + "," + csv_field(s.file_name) + "," +
               json_text(f, "rule") + "," + json_text(f, "severity") + "," + csv_field(json_text(f, "task")) + "," +
               csv_field(place) + "," + csv_field(json_text(f, "message")) + "," +
               csv_field(json_text(f, "suggestion")) + "\r\n";
      }
    }
  return csv;
}

json Service::submission_json(const SubmissionRow& s, const UnitRow& unit) {
  json check = json::parse(s.check_json);
  json out = {{"id", s.id},
              {"unit", unit.name},
              {"version", s.version},
              {"label", version_label(s.version)},
              {"file_name", s.file_name},
              {"kind", s.kind},
              {"created_at", s.created_at},
              {"review", s.review},
              {"review_label", review_label(s.review)},
              {"review_reasons", s.review_reasons},
              {"reviewed_at", s.reviewed_at},
              {"annotated", !s.annotated_blob.empty()},
              {"check", check}};
  json comparison = nullptr;
  if (s.version > 1) {
    for (const SubmissionRow& earlier : store_->submissions_of_unit(unit.id))
      if (earlier.version == s.version - 1) {
        VersionComparison c = compare_findings(json::parse(earlier.check_json)["findings"], check["findings"]);
        comparison = {{"previous", {{"id", earlier.id}, {"label", version_label(earlier.version)}}},
                      {"added", c.added}, {"fixed", c.fixed}, {"open", c.open}};
      }
  }
  out["comparison"] = comparison;
  return out;
}

json Service::submission(int64_t submission_id) {
  std::optional<SubmissionRow> s = store_->submission(submission_id);
  if (!s) throw ServiceError(404, "没有这份报告。");
  std::optional<UnitRow> unit = store_->unit(s->unit_ref);
  json out = submission_json(*s, *unit);
  out["plan"] = unit->plan_ref;
  out["suggested_reasons"] = reasons_from_findings(out["check"]["findings"]);
  return out;
}

void Service::review(const std::string& actor, int64_t submission_id, bool accept, const std::string& reasons) {
  std::optional<SubmissionRow> s = store_->submission(submission_id);
  if (!s) throw ServiceError(404, "没有这份报告。");
  if (!accept && reasons.find_first_not_of(" \t\r\n") == std::string::npos)
    throw ServiceError(400, "退回时请写明理由。");
  std::optional<UnitRow> unit = store_->unit(s->unit_ref);
  store_->review_submission(submission_id, accept ? "accepted" : "returned", accept ? std::string() : reasons, now());
  store_->audit(actor, accept ? "采纳报告" : "退回报告", unit->plan_ref, unit->name + " " + version_label(s->version), now());
}

json Service::audit(int64_t plan_id) {
  json rows = json::array();
  for (const AuditRow& a : store_->audit_log(plan_id, 500))
    rows.push_back({{"at", a.at}, {"actor", a.actor}, {"action", a.action}, {"detail", a.detail}});
  return {{"audit", rows}};
}

UnitRow Service::unit_for_token(const std::string& token) {
  // Looked up by the token's digest, then compared in constant time: the database's index
  // search never sees the secret itself.
  std::string digest = token_digest(token);
  std::optional<UnitRow> unit = token.size() == 43 ? store_->unit_by_digest(digest) : std::nullopt;
  if (!unit || !same_secret(unit->token_digest, digest)) throw ServiceError(404, "链接无效或已被收回，请向督查室索取新链接。");
  return *unit;
}

json Service::unit_page(const UnitRow& unit) {
  PlanRow plan = published_plan(unit.plan_ref);
  json status = status_of(plan);
  std::map<std::string, std::string> titles;
  for (const auto& t : status["tasks"]) titles[t["id"].get<std::string>()] = t["title"].get<std::string>();
  json tasks = json::array();
  for (const auto& c : status["cells"])
    if (c["unit"] == unit.name)
      tasks.push_back({{"task", c["task"]}, {"title", titles[json_text(c, "task")]},
                       {"role", c["role"]}, {"role_label", json_text(c, "role") == "lead" ? "牵头" : "责任"},
                       {"deadline", c["deadline"]}, {"days_left", c.value("days_left", 0L)},
                       {"state", c["state"]}, {"colour", c["colour"]}, {"colour_label", c["colour_label"]}});
  json versions = json::array();
  for (const SubmissionRow& s : store_->submissions_of_unit(unit.id))
    versions.push_back({{"id", s.id}, {"label", version_label(s.version)}, {"file_name", s.file_name},
                        {"created_at", s.created_at},
                        {"summary", {{"error", s.errors}, {"warning", s.warnings}, {"info", s.infos}}},
                        {"review", s.review}, {"review_label", review_label(s.review)},
                        {"review_reasons", s.review_reasons}});
  Date deadline = *Date::parse_iso(plan.deadline);
  return {{"unit", unit.name},
          {"plan_id", plan.plan_id},
          {"title", plan.title},
          {"period_from", plan.period_from},
          {"period_to", plan.period_to},
          {"deadline", plan.deadline},
          {"days_left", days_between(today(), deadline)},
          {"as_of", today().iso()},
          {"max_upload_bytes", config_.max_upload_bytes},
          {"tasks", tasks},
          {"versions", versions}};
}

json Service::upload_report(const UnitRow& unit, const std::string& file_name, const std::string& bytes) {
  PlanRow plan = published_plan(unit.plan_ref);
  if (bytes.size() > config_.max_upload_bytes)
    throw ServiceError(413, "文件过大：上限为 " + std::to_string(config_.max_upload_bytes >> 20) + " MB。");
  std::string reason;
  UploadKind kind = sniff_upload(bytes, &reason);
  if (kind == UploadKind::Unknown) throw ServiceError(415, "无法接收此文件：" + reason);
  struct ConversionSlot {
    std::atomic<int>* count = nullptr;
    ~ConversionSlot() {
      if (count) --*count;
    }
  } slot;
  if (kind == UploadKind::Doc) {
    if (++conversions_ > kMaxConversions) {
      --conversions_;
      throw ServiceError(503, "正在转换的旧版 Word/WPS 文件较多，请稍后再试，或另存为 .docx 后上传。");
    }
    slot.count = &conversions_;
  }
  // The upload is kept before it is checked: what a unit sent is never lost to a failed check.
  std::string stored = blobs_.put(bytes);
  ReportCheckRequest request;
  request.plan_xml = blob(plan.xml_blob);
  request.bytes = bytes;
  request.kind = kind;
  if (kind == UploadKind::Doc) {
    // Checked (and annotated) as the .docx LibreOffice makes of it: `check` reads .docx.
    SourceReadError error;
    if (!plancheck::convert_to_docx(bytes, ".doc", SourceReadOptions{}, &request.bytes, &error)) {
      store_->audit("单位:" + unit.name, "上传未通过检查", plan.id, clean_file_name(file_name) + "：" + error.zh, now());
      throw ServiceError(422, error.zh);
    }
    request.kind = UploadKind::Docx;
  }
  request.file_name = clean_file_name(file_name);
  request.unit = unit.name;
  request.as_of = today();
  request.work_dir = config_.data_dir + "/work/" + random_token();
  ReportCheck check = check_report(request);
  if (!check.ok) {
    store_->audit("单位:" + unit.name, "上传未通过检查", plan.id, request.file_name + "：" + check.error, now());
    throw ServiceError(422, check.error);
  }
  SubmissionRow row;
  row.unit_ref = unit.id;
  row.file_name = request.file_name;
  row.kind = upload_kind_name(kind);
  row.blob = stored;
  row.report_xml_blob = check.report_xml.empty() ? std::string() : blobs_.put(check.report_xml);
  row.annotated_blob = check.annotated.empty() ? std::string() : blobs_.put(check.annotated);
  row.check_json = check.json.dump();
  row.errors = check.errors;
  row.warnings = check.warnings;
  row.infos = check.infos;
  row.created_at = now();
  SubmissionRow stored_row = store_->add_submission(row);
  store_->audit("单位:" + unit.name, "上传报告", plan.id,
                version_label(stored_row.version) + " " + row.file_name + "（错误 " + std::to_string(row.errors) +
                    "，警告 " + std::to_string(row.warnings) + "，提示 " + std::to_string(row.infos) + "）",
                now());
  return submission_json(stored_row, unit);
}

json Service::unit_submission(const UnitRow& unit, int64_t submission_id) {
  std::optional<SubmissionRow> s = store_->submission(submission_id);
  if (!s || s->unit_ref != unit.id) throw ServiceError(404, "没有这份报告。");
  return submission_json(*s, unit);
}

std::string Service::annotated(int64_t submission_id, const UnitRow* unit) {
  std::optional<SubmissionRow> s = store_->submission(submission_id);
  if (!s || (unit && s->unit_ref != unit->id) || s->annotated_blob.empty())
    throw ServiceError(404, "这份报告没有带批注的 Word 文件。");
  return blob(s->annotated_blob);
}

}  // namespace plancheck::service
