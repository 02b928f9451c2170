local c = require("lib.common")

return {
  id = "deadline-matches",
  severity = "warning",
  summary = c.msg("报告写的期限晚于方案规定", "a stated deadline later than the plan's"),
  description = c.msg(
    "报告中的期限晚于方案规定的期限，等于单位自行放宽了时限。",
    "A reported deadline later than the plan's is a unit quietly giving itself more time."),
  check = function(report, plan)
    for _, t in ipairs(c.reported_tasks(report, plan)) do
      local wanted = c.plan_deadline(plan, t.plan_task, report)
      local node = t.node:first("deadline")
      if wanted and node then
        local read = pc.deadline(node:text(), plan:year())
        local later = read.kind == "date" and pc.days_between(wanted.date, read.last) or 0
        if later > 0 then
          local stated = { date = read.last, text = node:text() }
          pc.emit{ at = node, suggestion = wanted.date, message = c.msg(
            "任务 " .. t.ref .. " 的期限写作 " .. c.deadline_words(stated) .. "，比方案要求的 " .. c.deadline_words(wanted) ..
              " 晚 " .. later .. " 天",
            "task " .. t.ref .. "'s deadline " .. c.deadline_words(stated, "en") .. " is " .. later ..
              " days later than the plan's " .. c.deadline_words(wanted, "en")) }
        end
      end
    end
  end,
}
