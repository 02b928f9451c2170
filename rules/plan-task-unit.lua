local c = require("lib.common")

-- A name that is only spaces (ideographic ones too) names nobody.
local function named(task, role)
  for _, node in ipairs(task:select(role)) do
    if pc.normalize_unit(node:text()) ~= "" then return true end
  end
  return false
end

return {
  id = "plan-task-unit",
  severity = "warning",
  kind = "plan",
  summary = c.msg("方案任务没有任何单位", "a plan task names no unit at all"),
  description = c.msg(
    "任务既没有牵头单位也没有责任单位：原文多半写了单位（如“（X牵头，Y配合）”或下一行的“责任单位：”），导入时没有读到。",
    "The task has neither a lead nor a responsible unit: the document most likely names them (X牵头，Y配合, or a 责任单位： line after the task) and the import did not read them."),
  check = function(plan)
    for _, task in ipairs(plan:tasks()) do
      if not named(task, "lead") and not named(task, "responsible") then
        pc.emit{ at = task, attr = "id", message = c.msg(
          c.task_label(task, "zh") .. " 没有牵头单位，也没有责任单位",
          c.task_label(task, "en") .. " names neither a lead nor a responsible unit") }
      end
    end
  end,
}
