local c = require("lib.common")

return {
  id = "lead-unit-matches",
  severity = "error",
  summary = c.msg("报告写的牵头单位不是方案规定的牵头单位", "a reported lead is not among the plan task's leads"),
  description = c.msg(
    "报告中写的每个牵头单位都应是方案该任务的牵头单位之一（全角半角、空格和方案声明的别名不算差别）。" ..
    "方案未列牵头单位时，接受该任务的任一责任单位。名称相近时给出建议。",
    "Each reported lead must be one of the plan task's leads, after normalization and the plan's aliases; " ..
    "where the plan lists no lead, any of the task's responsible units. A close name is suggested."),
  check = function(report, plan)
    for _, t in c.known_tasks(report) do
      local expected, from_responsible = t.plan.lead_candidates, t.plan.leads_from_responsible
      if #expected > 0 then
        for _, lead in ipairs(t.leads) do
          local name = lead.text
          local matches = lead.name == ""  -- empty: lead-unit-named's finding
          for _, unit in ipairs(expected) do
            if plan:same_unit(name, unit) then matches = true end
          end
          if not matches then
            local which_zh = from_responsible and "方案未列牵头单位，应为其责任单位之一：" or "方案规定的牵头单位："
            local which_en = from_responsible and "the plan lists no lead; expected one of its responsible units: "
              or "the plan's leads: "
            pc.emit{ at = lead.node, suggestion = pc.closest_unit(name, c.copy(expected)), message = c.msg(
              "任务 " .. t.ref .. " 的牵头单位写作“" .. name .. "”，" .. which_zh .. c.join(expected),
              "task " .. t.ref .. " names “" .. name .. "” as lead; " .. which_en .. c.join_en(expected)) }
          end
        end
      end
    end
  end,
}
