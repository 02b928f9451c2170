local c = require("lib.common")

return {
  id = "metric-for-target",
  severity = "warning",
  summary = c.msg("方案有量化目标，报告没有对应指标", "a plan target with no metric of that name in the report"),
  description = c.msg(
    "方案为任务规定了量化目标时，报告的该任务应填报同名的指标（或在进展中写明该指标达到的数字），才能判断是否达标；" ..
      "进展中有两个不同的数字都可能是该指标时，也请写明。",
    "Where the plan sets a quantitative target for a task, the reported task needs a metric of that name " ..
    "(or its progress the figure the metric reached), so that the target can be judged; where two different " ..
    "figures of the progress could be it, the unit is asked which."),
  check = function(report, plan)
    for _, t in c.known_tasks(report) do
      for _, target in ipairs(t.plan.targets) do
        local found, candidates = c.task_metric(t, target)
        if candidates then
          -- Two figures could state it: the unit is asked which, not guessed for.
          local name = target.metric or ""
          pc.emit{ at = t.node, message = c.msg(
            "任务 " .. t.ref .. " 的进展有多个数字可能是“" .. name .. "”（" .. c.join(candidates) ..
              "），无法判断是否达到方案目标“" .. (target.text or name) .. "”；请写明该指标达到的数字",
            "task " .. t.ref .. " states more than one figure that could be “" .. name .. "” (" ..
              c.join_en(candidates) .. "): whether it meets the plan's target “" .. (target.text or name) ..
              "” cannot be judged; state the figure the metric reached") }
        elseif not found then
          local name = target.metric or ""
          local given = {}
          for _, metric in ipairs(t.metrics) do given[#given + 1] = metric.name or "" end
          local given_zh = #given > 0 and ("（报告给出的指标：" .. c.join(given) .. "）") or ""
          local given_en = #given > 0 and (" (the report gives: " .. c.join_en(given) .. ")") or ""
          local asks = target.text or ""
          pc.emit{ at = t.node, message = c.msg(
            "任务 " .. t.ref .. " 没有指标“" .. name .. "”，方案目标为“" .. (asks ~= "" and asks or name) .. "”" .. given_zh,
            "task " .. t.ref .. " has no metric “" .. name .. "” for the plan's target “" ..
              (asks ~= "" and asks or name) .. "”" .. given_en) }
        end
      end
    end
  end,
}
