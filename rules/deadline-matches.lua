local c = require("lib.common")

return {
  id = "deadline-matches",
  severity = "warning",
  summary = c.msg("报告写的期限晚于方案规定", "a stated deadline later than the plan's"),
  description = c.msg(
    "报告中的期限晚于方案规定的期限，等于单位自行放宽了时限。",
    "A reported deadline later than the plan's is a unit quietly giving itself more time."),
  check = function(report, plan)
    for _, task in ipairs(report:model().tasks) do
      local wanted = task.plan and c.task_plan_deadline(plan, task, report)
      local read = task.deadline
      if wanted and read then
        local stated = { date = read.last, day = read.last_day, text = read.text }
        local later = read.kind == "date" and c.days_between(wanted, stated) or 0
        if later > 0 then
          pc.emit{ at = read.node, suggestion = wanted.date, message = c.msg(
            "任务 " .. task.ref .. " 的期限写作 " .. c.deadline_words(stated) .. "，比方案要求的 " .. c.deadline_words(wanted) ..
              " 晚 " .. later .. " 天",
            "task " .. task.ref .. "'s deadline " .. c.deadline_words(stated, "en") .. " is " .. later ..
              " days later than the plan's " .. c.deadline_words(wanted, "en")) }
        end
      end
    end
  end,
}
