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
    "实施方案把报告单位列为牵头单位或责任单位的每个任务，报告中都应有对应的 task。集体名称（各镇（街道）等）不要求单独报告。报告一个任务也没有、方案又没有点名该单位时也报告：这样的报告没有可以按方案核对的任务，不能算通过。",
    "Every plan task that lists the reporting unit as lead or responsible must appear in its report. " ..
    "Group names (各镇（街道）) expect no report of their own. A report with no task at all from a unit the plan " ..
    "names for no task is reported too: nothing in it can be checked against the plan, so it does not pass as clean."),
  check = function(report, plan)
    local unit = report:root():attr("unit") or ""
    local reported = report:model().by_ref
    local naming = tasks_naming(plan, unit)
    if #naming == 0 and #report:model().tasks == 0 then
      -- Nothing to check against the plan and nothing expected: a report like this is not
      -- "clean" (a unit the plan does not name, or a group member, sent a report with no task;
      -- the text rules still read its prose).
      pc.emit{ at = report:root(), attr = "unit", message = c.msg(
        "报告没有填报任何任务，方案也没有把“" .. unit .. "”列为任何任务的牵头或责任单位：报告中没有可以按方案核对的任务",
        "the report covers no task, and the plan names “" .. unit .. "” as lead or responsible for none: nothing in it can be checked against the plan") }
    end
    for _, task in ipairs(naming) do
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
