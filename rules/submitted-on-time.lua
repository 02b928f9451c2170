local c = require("lib.common")

return {
  id = "submitted-on-time",
  severity = "error",
  summary = c.msg("报告晚于方案规定的报送日期", "the report was submitted after the reporting date"),
  description = c.msg(
    "报告的报送日期晚于方案规定的报送截止日期即为迟报。方案没有报送日期时不检查。",
    "report/@submitted after the plan's reporting/@due is late. Plans without a reporting date are not checked."),
  check = function(report, plan)
    local reporting = plan:first("/plan/reporting[@due]")
    local submitted = report:root():attr("submitted")
    if not reporting or not submitted or not submitted:match("^%d%d%d%d%-%d%d%-%d%d$") then return end
    local due = reporting:attr("due")
    local late = pc.days_between(due, submitted)
    if late > 0 then
      pc.emit{ at = report:root(), attr = "submitted", message = c.msg(
        "报告于 " .. submitted .. " 报送，晚于方案规定的 " .. due .. "（迟 " .. late .. " 天）",
        "submitted " .. submitted .. ", " .. late .. " days after the plan's reporting date " .. due) }
    end
  end,
}
