local c = require("lib.common")

return {
  id = "deadline-due-soon",
  severity = "warning",
  summary = c.msg("期限临近，任务尚未完成", "a deadline within the next days and the task not done"),
  description = c.msg(
    "任务未完成，距期限还有 0 至 N 天（N 默认 14，--due-soon-days）。期限当天也算临近。",
    "The task is not done and its deadline is 0 to N days away (N = 14 by default, --due-soon-days), " ..
    "the deadline day included."),
  check = function(report, plan)
    for _, open in ipairs(c.open_tasks_with_deadline(report, plan)) do
      local t, deadline = open.t, open.deadline
      local left = c.days_between(c.AS_OF, deadline)
      if left >= 0 and left <= pc.due_soon_days then
        local when_zh = left == 0 and "今天到期" or ("还有 " .. left .. " 天")
        local when_en = left == 0 and "is due today" or ("is " .. left .. " days away")
        pc.emit{ at = t.task.deadline and t.task.deadline.node or t.node, message = c.msg(
          "任务 " .. t.ref .. " 的期限 " .. c.deadline_words(deadline) .. when_zh .. "（截至 " .. pc.as_of ..
            "），状态为" .. c.status_words(t.task.status, "zh"),
          "task " .. t.ref .. "'s deadline " .. c.deadline_words(deadline, "en") .. " " .. when_en .. " (as of " ..
            pc.as_of .. "); its status is " .. c.status_words(t.task.status, "en")) }
      end
    end
  end,
}
