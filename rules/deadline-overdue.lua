local c = require("lib.common")

return {
  id = "deadline-overdue",
  severity = "error",
  summary = c.msg("期限已过，任务尚未完成", "the deadline has passed and the task is not done"),
  description = c.msg(
    "按检查日期（--as-of，默认今天），任务的期限已过而状态不是已完成。期限当天仍算按期，不算逾期。" ..
    "期限取方案的规定；方案未规定时取报告写明的日期。",
    "As of the check date (--as-of, default today) the deadline has passed and the task is not done. " ..
    "On the deadline day a task is due, not overdue. The plan's deadline counts; where it sets none, the report's."),
  check = function(report, plan)
    for _, open in ipairs(c.open_tasks_with_deadline(report, plan)) do
      local t, deadline = open.t, open.deadline
      local late = c.days_between(deadline, c.AS_OF)
      if late > 0 then
        pc.emit{ at = t.task.deadline and t.task.deadline.node or t.node, message = c.msg(
          "任务 " .. t.ref .. " 的期限 " .. c.deadline_words(deadline) .. " 已过 " .. late .. " 天（截至 " ..
            pc.as_of .. "），状态仍为" .. c.status_words(t.task.status, "zh"),
          "task " .. t.ref .. "'s deadline " .. c.deadline_words(deadline, "en") .. " passed " .. late ..
            " days ago (as of " .. pc.as_of .. "); its status is still " .. c.status_words(t.task.status, "en")) }
      end
    end
  end,
}
