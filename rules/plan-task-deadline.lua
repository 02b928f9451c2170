local c = require("lib.common")

return {
  id = "plan-task-deadline",
  severity = "info",
  kind = "plan",
  summary = c.msg("方案任务没有完成期限", "a plan task has no deadline"),
  description = c.msg(
    "实施方案的任务没有完成期限：报告无从判断是否逾期。持续性工作可以没有期限，因此只作提示。",
    "A plan task has no deadline, so no report can be judged late on it. Ongoing work may have none, hence info."),
  check = function(plan)
    for _, task in ipairs(plan:tasks()) do
      if not task:first("deadline") then
        pc.emit{ at = task, attr = "id", message = c.msg(
          c.task_label(task, "zh") .. " 没有完成期限",
          c.task_label(task, "en") .. " has no deadline") }
      end
    end
  end,
}
