local c = require("lib.common")

return {
  id = "task-known",
  severity = "error",
  summary = c.msg("报告中的任务编号在实施方案中不存在", "a reported task that the plan does not have"),
  description = c.msg(
    "报告中的任务编号必须是实施方案中某个任务的编号。",
    "task/@ref must be the id of one of the plan's tasks."),
  check = function(report, plan)
    local known = c.once_per_plan(plan, "task ids", function()
      local ids = {}
      for _, task in ipairs(plan:tasks()) do ids[#ids + 1] = task:attr("id") end
      return ids
    end)
    for _, task in ipairs(report:model().tasks) do
      local ref = task.ref
      if not task.plan then
        pc.emit{ at = task.node, attr = "ref", task = ref, message = c.msg(
          "任务编号“" .. ref .. "”不在实施方案 " .. plan:id() .. " 中（方案的任务编号：" .. table.concat(known, "、") .. "）",
          "task “" .. ref .. "” is not in plan “" .. plan:id() .. "” (its tasks: " .. table.concat(known, ", ") .. ")") }
      end
    end
  end,
}
