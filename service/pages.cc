#include "pages.h"

#include <map>

#include "output.h"  // escape_html

namespace plancheck::service {

namespace {

std::string h(const std::string& text) { return escape_html(text); }

std::string text_of(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

std::string layout(const std::string& title, const std::string& body, bool supervisor, const std::string& csrf = "") {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" + h(title) + " · plancheck 报送</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>"
      "<header><strong>plancheck 报送 · " + h(title) + "</strong>";
  if (supervisor)
    out += "<span><a href=\"/s\">方案列表</a> · <a href=\"/s/audit\">操作记录</a> · "
           "<form class=\"inline\" method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\" value=\"" +
           h(csrf) + "\"><button>退出</button></form></span>";
  out += "</header><main>" + body + "</main></body></html>\n";
  return out;
}

std::string csrf_field(const std::string& csrf) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + h(csrf) + "\">";
}

std::string notice(const std::string& text, bool refused) {
  return "<div class=\"notice" + std::string(refused ? " refused" : "") + "\" role=\"alert\">" + h(text) + "</div>";
}

std::string days_text(long days) {
  if (days < 0) return "已逾期 " + std::to_string(-days) + " 天";
  if (days == 0) return "今天截止";
  return "还有 " + std::to_string(days) + " 天";
}

const char* severity_word(const std::string& s) {
  return s == "error" ? "错误" : s == "warning" ? "警告" : "提示";
}

// A findings table: severity, where in the unit's document, task, message, suggestion.
std::string findings_table(const json& findings, const char* row_class = nullptr) {
  if (findings.empty()) return "<p>无。</p>";
  std::string out = "<table class=\"findings\"><tr><th>严重程度</th><th>位置</th><th>任务</th><th>问题</th><th>建议</th><th>规则</th></tr>";
  for (const auto& f : findings) {
    if (text_of(f, "about") == "plan") continue;
    std::string severity = text_of(f, "severity");
    std::string place = f.contains("place") ? text_of(f["place"], "text") : "第" + text_of(f, "line") + "行";
    out += std::string("<tr") + (row_class ? " class=\"" + std::string(row_class) + "\"" : "") + "><td class=\"" +
           h(severity) + "\">" + severity_word(severity) + "</td><td>" + h(place) + "</td><td>" + h(text_of(f, "task")) +
           "</td><td>" + h(text_of(f, "message")) + "</td><td>" + h(text_of(f, "suggestion")) + "</td><td><code>" +
           h(text_of(f, "rule")) + "</code></td></tr>";
  }
  return out + "</table>";
}

std::string summary_text(const json& summary) {
  return "错误 " + text_of(summary, "error") + " · 警告 " + text_of(summary, "warning") + " · 提示 " +
         text_of(summary, "info");
}

std::string comparison_section(const json& s) {
  if (!s.contains("comparison") || s["comparison"].is_null()) return "";
  const json& c = s["comparison"];
  return "<h2>与" + h(text_of(c["previous"], "label")) + "相比</h2><p>新出现 " + std::to_string(c["added"].size()) +
         " 条 · 已改正 " + std::to_string(c["fixed"].size()) + " 条 · 仍未改正 " + std::to_string(c["open"].size()) +
         " 条</p><h3>已改正</h3>" + findings_table(c["fixed"], "fixed") + "<h3>新出现</h3>" +
         findings_table(c["added"], "added") + "<h3>仍未改正</h3>" + findings_table(c["open"], "open");
}

std::string review_notice(const json& s) {
  std::string review = text_of(s, "review");
  if (review == "returned")
    return "<div class=\"notice refused\" id=\"returned\"><strong>督查室已退回" + h(text_of(s, "label")) +
           "</strong>，理由：<pre>" + h(text_of(s, "review_reasons")) + "</pre>请修改后重新上传。</div>";
  if (review == "accepted") return notice("督查室已采纳" + text_of(s, "label") + "。", false);
  return "";
}

}  // namespace

std::string page_error(int status, const std::string& message) {
  return layout("出错了", "<h1>" + std::to_string(status) + "</h1>" + notice(message, true), false);
}

std::string page_login(const std::string& csrf, const std::string& error) {
  std::string body = "<h1>督查室登录</h1>";
  if (!error.empty()) body += notice(error, true);
  body += "<form method=\"post\" action=\"/login\">" + csrf_field(csrf) +
          "<p><label>账号 <input name=\"name\" value=\"admin\" autocomplete=\"username\"></label></p>"
          "<p><label>密码 <input name=\"password\" type=\"password\" autocomplete=\"current-password\"></label></p>"
          "<p><button>登录</button></p></form>";
  return layout("登录", body, false);
}

std::string page_home(const json& plans, const std::string& csrf, const std::string& error) {
  std::string body = "<h1>实施方案</h1>";
  if (!error.empty()) body += notice(error, true);
  body += "<table><tr><th>文号</th><th>标题</th><th>状态</th><th>报送截止</th></tr>";
  for (const auto& p : plans["plans"])
    body += "<tr><td><a href=\"/s/plans/" + text_of(p, "id") + "\">" + h(text_of(p, "plan_id")) + "</a></td><td>" +
            h(text_of(p, "title")) + "</td><td>" + (text_of(p, "state") == "published" ? "已发布" : "待核对") +
            "</td><td>" + h(text_of(p, "deadline")) + "</td></tr>";
  body += "</table><h2>上传实施方案</h2><form method=\"post\" action=\"/s/plans\" enctype=\"multipart/form-data\">" +
          csrf_field(csrf) +
          "<p>方案 XML，或 Word（.docx）、PDF、文本文件（由 import-plan 读取）：<input type=\"file\" name=\"file\" required></p>"
          "<p><button>上传并核对</button></p></form>";
  return layout("方案列表", body, true, csrf);
}

std::string page_plan_draft(const json& plan, const std::string& csrf, const std::string& error) {
  std::string body = "<h1>核对方案：" + h(text_of(plan, "plan_id")) + "</h1><p>" + h(text_of(plan, "title")) +
                     "（" + h(text_of(plan, "source_name")) + "）</p>";
  if (!error.empty()) body += notice(error, true);
  const json& review = plan["review"];
  // Each task's units and deadline as read, in fields the supervisor corrects where the
  // importer read wrong (units separated by 、).
  body += "<h2>读出的任务（可修改）</h2><form method=\"post\" action=\"/s/plans/" + text_of(plan, "id") + "/edit\">" +
          csrf_field(csrf) +
          "<table><tr><th>任务</th><th>名称</th><th>牵头单位</th><th>责任单位</th><th>期限</th><th>原文</th><th>存疑</th></tr>";
  for (const auto& t : review.value("tasks", json::array())) {
    auto join = [](const json& list) {
      std::string out;
      for (const auto& x : list) out += (out.empty() ? "" : "、") + (x.is_string() ? x.get<std::string>() : x.dump());
      return out;
    };
    std::string id = text_of(t, "id");
    bool has_deadline = t.contains("deadline") && t["deadline"].is_object();
    body += "<tr><td>" + h(id) + "</td><td>" + h(text_of(t, "title")) + "</td><td><input name=\"lead_" + h(id) +
            "\" value=\"" + h(join(t.value("leads", json::array()))) + "\"></td><td><input name=\"responsible_" + h(id) +
            "\" value=\"" + h(join(t.value("responsible", json::array()))) + "\"></td><td><input name=\"deadline_" + h(id) +
            "\" placeholder=\"YYYY-MM-DD\" size=\"10\" value=\"" + h(has_deadline ? text_of(t["deadline"], "date") : "") +
            "\"></td><td>" + h(has_deadline ? text_of(t["deadline"], "text") : "") + "</td><td>" +
            h(join(t.value("unsure", json::array()))) + "</td></tr>";
  }
  body += "</table><p><button>保存修改</button></p></form>";
  if (review.contains("warnings") && !review["warnings"].empty()) {
    body += "<h2>导入警告</h2><ul>";
    for (const auto& w : review["warnings"]) body += "<li>" + h(text_of(w, "place")) + " " + h(text_of(w, "message")) + "</li>";
    body += "</ul>";
  }
  body += "<h2>发布</h2><form method=\"post\" action=\"/s/plans/" + text_of(plan, "id") + "/publish\">" + csrf_field(csrf) +
          "<p><label>报送周期 <input type=\"date\" name=\"period_from\" required></label> 至 "
          "<label><input type=\"date\" name=\"period_to\" required></label></p>"
          "<p><label>报送截止日期 <input type=\"date\" name=\"deadline\" required></label></p>"
          "<p><button>发布并生成各单位报送链接</button></p></form>";
  return layout("核对方案", body, true, csrf);
}

std::string page_dashboard(const json& plan, const std::string& csrf, const std::string& base_url) {
  const std::string id = text_of(plan, "id");
  const json& status = plan["status"];
  std::string body = "<h1>" + h(text_of(plan, "plan_id")) + "</h1><p>" + h(text_of(plan, "title")) + "</p><p>报送周期 " +
                     h(text_of(plan, "period_from")) + " 至 " + h(text_of(plan, "period_to")) + "，截止 " +
                     h(text_of(plan, "deadline")) + "（今天 " + h(text_of(plan, "as_of")) + "）</p>";
  body += "<p><a href=\"/s/plans/" + id + "/reminders\">催报名单</a> · <a href=\"/s/plans/" + id +
          "/matrix.csv\">导出矩阵 CSV</a> · <a href=\"/s/plans/" + id + "/findings.csv\">导出问题 CSV</a> · <a href=\"/s/audit?plan=" +
          id + "\">本方案操作记录</a></p>";
  body += "<h2>任务 × 单位</h2><p class=\"legend\"><span class=\"done\">已完成</span><span class=\"on-track\">推进中</span>"
          "<span class=\"due-soon\">临期</span><span class=\"overdue\">逾期</span><span class=\"not-reported\">未报</span></p>";
  std::map<std::pair<std::string, std::string>, json> cells;
  for (const auto& c : status["cells"]) cells[{text_of(c, "unit"), text_of(c, "task")}] = c;
  body += "<table id=\"matrix\"><tr><th>单位</th>";
  for (const auto& t : status["tasks"])
    body += "<th title=\"" + h(text_of(t, "title")) + "\">" + h(text_of(t, "id")) + "</th>";
  body += "</tr>";
  for (const auto& u : status["units"]) {
    std::string unit = u.get<std::string>();
    body += "<tr><th>" + h(unit) + "</th>";
    for (const auto& t : status["tasks"]) {
      auto it = cells.find({unit, text_of(t, "id")});
      if (it == cells.end()) {
        body += "<td></td>";
        continue;
      }
      const json& c = it->second;
      body += "<td class=\"" + text_of(c, "colour") + "\" title=\"" + h(text_of(c, "deadline")) + "\">" +
              h(text_of(c, "colour_label")) + (text_of(c, "role") == "lead" ? "（牵头）" : "") + "</td>";
    }
    body += "</tr>";
  }
  body += "</table><h2>各单位报送</h2><table><tr><th>单位</th><th>报送链接</th><th>各稿</th></tr>";
  for (const auto& u : plan["units"]) {
    std::string link = u["link"].is_null() ? std::string("（已收回）") : base_url + text_of(u, "link");
    body += "<tr><td>" + h(text_of(u, "name")) + "</td><td><code>" + h(link) + "</code><br>"
            "<form class=\"inline\" method=\"post\" action=\"/s/units/" + text_of(u, "id") + "/reissue\">" + csrf_field(csrf) +
            "<button>重新生成</button></form> <form class=\"inline\" method=\"post\" action=\"/s/units/" + text_of(u, "id") +
            "/revoke\">" + csrf_field(csrf) + "<button>收回</button></form></td><td>";
    if (u["versions"].empty()) body += "未报";
    for (const auto& v : u["versions"])
      body += "<a href=\"/s/submissions/" + text_of(v, "id") + "\">" + h(text_of(v, "label")) + "</a> " +
              h(summary_text(v["summary"])) + " · " + h(text_of(v, "review_label")) + "<br>";
    body += "</td></tr>";
  }
  body += "</table>";
  return layout(text_of(plan, "plan_id"), body, true, csrf);
}

std::string page_submission(const json& s, const std::string& csrf) {
  std::string id = text_of(s, "id");
  std::string body = "<h1>" + h(text_of(s, "unit")) + " · " + h(text_of(s, "label")) + "</h1><p>" +
                     h(text_of(s, "file_name")) + "，上传于 " + h(text_of(s, "created_at")) + " · " +
                     h(text_of(s, "review_label")) + "</p><p><a href=\"/s/plans/" + text_of(s, "plan") + "\">返回方案</a>";
  if (s.value("annotated", false))
    body += " · <a href=\"/s/submissions/" + id + "/annotated.docx\">下载带批注的 Word</a>";
  body += "</p>" + review_notice(s);
  body += "<h2>检查结果</h2><p>" + h(summary_text(s["check"]["summary"])) + "</p>" + findings_table(s["check"]["findings"]);
  body += comparison_section(s);
  body += "<h2>审核</h2><form method=\"post\" action=\"/s/submissions/" + id + "/review\">" + csrf_field(csrf) +
          "<p><label>退回理由（已按检查结果预填，可修改）<textarea name=\"reasons\">" + h(text_of(s, "suggested_reasons")) +
          "</textarea></label></p><p><button name=\"action\" value=\"return\">退回</button> "
          "<button name=\"action\" value=\"accept\">采纳</button></p></form>";
  return layout("审核报告", body, true, csrf);
}

std::string page_reminders(const json& r, const std::string& csrf, bool webhook) {
  std::string body = "<h1>催报名单：" + h(text_of(r, "plan_id")) + "</h1><p>截止 " + h(text_of(r, "deadline")) + "，今天 " +
                     h(text_of(r, "as_of")) + "</p><table><tr><th>单位</th><th>剩余天数</th><th>链接</th></tr>";
  for (const auto& u : r["units"]) {
    long days = u["days_left"].get<long>();
    body += "<tr class=\"" + std::string(days < 0 ? "overdue" : days <= 3 ? "due-soon" : "not-reported") + "\"><td>" +
            h(text_of(u, "unit")) + "</td><td>" + days_text(days) +
            "</td><td>" + (u.value("link_active", false) ? "有效" : "已收回") + "</td></tr>";
  }
  if (r["units"].empty()) body += "<tr><td colspan=\"3\">各单位均已报送。</td></tr>";
  body += "</table>";
  if (webhook && !r["units"].empty())
    body += "<form method=\"post\" action=\"/s/plans/" + text_of(r, "plan") + "/reminders/send\">" + csrf_field(csrf) + "<button>发送催报通知</button></form>";
  return layout("催报", body, true, csrf);
}

std::string page_audit(const json& a) {
  std::string body = "<h1>操作记录</h1><table><tr><th>时间（UTC）</th><th>操作人</th><th>操作</th><th>内容</th></tr>";
  for (const auto& row : a["audit"])
    body += "<tr><td>" + h(text_of(row, "at")) + "</td><td>" + h(text_of(row, "actor")) + "</td><td>" +
            h(text_of(row, "action")) + "</td><td>" + h(text_of(row, "detail")) + "</td></tr>";
  return layout("操作记录", body + "</table>", true);
}

std::string page_unit(const json& unit, const std::string& token, const std::string& csrf, const json& result,
                      const std::string& error) {
  std::string body = "<h1>" + h(text_of(unit, "unit")) + "</h1><p>" + h(text_of(unit, "title")) + "（" +
                     h(text_of(unit, "plan_id")) + "）</p><p>报送周期 " + h(text_of(unit, "period_from")) + " 至 " +
                     h(text_of(unit, "period_to")) + "，<strong>报送截止 " + h(text_of(unit, "deadline")) + "</strong>（" +
                     days_text(unit["days_left"].get<long>()) + "）</p>";
  if (!error.empty()) body += notice(error, true);
  if (!unit["versions"].empty()) body += review_notice(unit["versions"].back());
  if (!result.is_null()) {
    body += "<h2>" + h(text_of(result, "label")) + " 检查结果</h2><p>" + h(summary_text(result["check"]["summary"])) + "</p>" +
            findings_table(result["check"]["findings"]) + comparison_section(result);
    if (result.value("annotated", false))
      body += "<p><a href=\"/u/" + h(token) + "/submissions/" + text_of(result, "id") + "/annotated.docx\">下载带批注的 Word</a></p>";
  }
  body += "<h2>本单位任务</h2><table><tr><th>任务</th><th>名称</th><th>角色</th><th>期限</th><th>状态</th></tr>";
  for (const auto& t : unit["tasks"])
    body += "<tr class=\"" + text_of(t, "colour") + "\"><td>" + h(text_of(t, "task")) + "</td><td>" + h(text_of(t, "title")) +
            "</td><td>" + h(text_of(t, "role_label")) + "</td><td>" + h(text_of(t, "deadline")) + "</td><td>" +
            h(text_of(t, "colour_label")) + "</td></tr>";
  body += "</table><h2>上传进展报告</h2><form method=\"post\" action=\"/u/" + h(token) +
          "/upload\" enctype=\"multipart/form-data\">" + csrf_field(csrf) +
          "<p>Word（.docx，或 .doc/.wps）、PDF、XML、网页或文本文件，不超过 " + std::to_string(unit["max_upload_bytes"].get<size_t>() >> 20) +
          " MB：<input type=\"file\" name=\"file\" required></p><p><button>上传并检查</button></p></form>";
  body += "<h2>已报送的各稿</h2><table><tr><th>稿次</th><th>文件</th><th>时间</th><th>检查</th><th>审核</th></tr>";
  for (const auto& v : unit["versions"])
    body += "<tr><td><a href=\"/u/" + h(token) + "/submissions/" + text_of(v, "id") + "\">" + h(text_of(v, "label")) +
            "</a></td><td>" + h(text_of(v, "file_name")) + "</td><td>" + h(text_of(v, "created_at")) + "</td><td>" +
            h(summary_text(v["summary"])) + "</td><td>" + h(text_of(v, "review_label")) + "</td></tr>";
  return layout(text_of(unit, "unit"), body + "</table>", false);
}

std::string page_unit_submission(const json& s, const std::string& token) {
  std::string body = "<h1>" + h(text_of(s, "unit")) + " · " + h(text_of(s, "label")) + "</h1><p><a href=\"/u/" + h(token) +
                     "\">返回</a></p>" + review_notice(s) + "<p>" + h(summary_text(s["check"]["summary"])) + "</p>" +
                     findings_table(s["check"]["findings"]) + comparison_section(s);
  if (s.value("annotated", false))
    body += "<p><a href=\"/u/" + h(token) + "/submissions/" + text_of(s, "id") + "/annotated.docx\">下载带批注的 Word</a></p>";
  return layout(text_of(s, "label"), body, false);
}

}  // namespace plancheck::service
