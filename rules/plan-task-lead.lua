local c = require("lib.common")

-- A lead that is only spaces (ideographic ones too) names nobody.
local function has_lead(task)
  for _, lead in ipairs(task:select("lead")) do
    if pc.normalize_unit(lead:text()) ~= "" then return true end
  end
  return false
end

return {
  id = "plan-task-lead",
  severity = "warning",
  kind = "plan",
  summary = c.msg("方案任务没有牵头单位", "a plan task names no lead unit"),
  description = c.msg(
    "实施方案的任务没有写牵头单位，只有责任单位或什么都没有：谁对任务负总责不清楚。报告仍须写明牵头单位，方案的责任单位被视为可接受的牵头单位。",
    "A plan task names no lead (牵头单位), only responsible units or none: nobody answers for the task as a whole. Reports must still name a lead; the task's responsible units are accepted."),
  check = function(plan)
    for _, task in ipairs(plan:tasks()) do
      if not has_lead(task) then
        local responsible = c.units(task, "responsible")
        pc.emit{ at = task, attr = "id", message = c.msg(
          c.task_label(task, "zh") .. " 没有牵头单位" ..
            (#responsible > 0 and ("（只写了责任单位：" .. c.join(responsible) .. "）") or ""),
          c.task_label(task, "en") .. " names no lead unit" ..
            (#responsible > 0 and (" (only responsible units: " .. c.join_en(responsible) .. ")") or "")) }
      end
    end
  end,
}
