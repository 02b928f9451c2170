local c = require("lib.common")

return {
  id = "lead-unit-named",
  severity = "error",
  summary = c.msg("报告中的任务未写明牵头单位", "a reported task names no lead unit"),
  description = c.msg(
    "报告的每个任务都要写明牵头单位。只有空格（含全角空格）的牵头单位视为未填写。方案未列牵头单位时，报告仍须写明。",
    "Every reported task needs a non-empty lead; one of only spaces (ideographic ones too) is not named. " ..
    "A report must name one even where the plan lists none."),
  check = function(report, plan)
    for _, t in c.known_tasks(report) do
      local leads = t.leads
      local named = false
      for _, lead in ipairs(leads) do
        if lead.name ~= "" then named = true end
      end
      if not named then
        local expected, from_responsible = t.plan.lead_candidates, t.plan.leads_from_responsible
        local wanted_zh, wanted_en = "", ""
        if #expected > 0 then
          wanted_zh = (from_responsible and "（方案列出的责任单位：" or "（方案的牵头单位：") .. c.join(expected) .. "）"
          wanted_en = (from_responsible and " (the plan's responsible units: " or " (the plan's leads: ") ..
            c.join_en(expected) .. ")"
        end
        pc.emit{ at = leads[1] and leads[1].node or t.node, message = c.msg(
          (#leads == 0 and "任务 " .. t.ref .. " 没有写明牵头单位" or "任务 " .. t.ref .. " 的牵头单位为空") .. wanted_zh,
          (#leads == 0 and "task " .. t.ref .. " names no lead unit" or "task " .. t.ref .. "'s lead is empty") ..
            wanted_en) }
      end
    end
  end,
}
