local c = require("lib.common")

-- The plan tasks that name `unit` as lead or responsible, each {id, role, label_zh,
-- label_en}: the same for every report of that unit, so computed once per plan and unit.
local function tasks_naming(plan, unit)
  return c.once_per_plan(plan, "task-coverage\0" .. unit, function()
    local tasks = {}
    for _, plan_task in ipairs(plan:model().tasks) do
      local role
      for _, r in ipairs({ "lead", "responsible" }) do
        for _, name in ipairs(r == "lead" and plan_task.leads or plan_task.responsible) do
          if not role and not plan:is_collective(name) and plan:same_unit(name, unit) then role = r end
        end
      end
      if role then
        tasks[#tasks + 1] = { id = plan_task.id, role = role,
                              label_zh = c.task_label(plan_task.node, "zh"), label_en = c.task_label(plan_task.node, "en") }
      end
    end
    return tasks
  end)
end

return {
  id = "task-coverage",
  severity = "error",
  summary = c.msg("方案点名本单位的任务，报告中没有", "a plan task that names the reporting unit is missing from its report"),
  description = c.msg(
    "实施方案把报告单位列为牵头单位或责任单位的每个任务，报告中都应有对应的 task。集体名称（各镇（街道）等）不要求单独报告。",
    "Every plan task that lists the reporting unit as lead or responsible must appear in its report. " ..
    "Group names (各镇（街道）) expect no report of their own."),
  check = function(report, plan)
    local unit = report:root():attr("unit") or ""
    local reported = report:model().by_ref
    for _, task in ipairs(tasks_naming(plan, unit)) do
      if not reported[task.id] then
        local role_zh = task.role == "lead" and "牵头单位" or "责任单位"
        local role_en = task.role == "lead" and "lead" or "responsible"
        pc.emit{ at = report:root(), attr = "unit", task = task.id, message = c.msg(
          unit .. " 是" .. task.label_zh .. "的" .. role_zh .. "，报告中没有该任务",
          "“" .. unit .. "” is the " .. role_en .. " unit of " .. task.label_en .. ", and the report does not cover it") }
      end
    end
  end,
}
