local c = require("lib.common")

return {
  id = "target-met",
  severity = "error",
  summary = c.msg("报告的数字未达到方案目标", "a reported figure misses the plan's target"),
  description = c.msg(
    "任务报告为已完成，但对应指标低于方案的下限或高于上限：错误；仍在推进时为警告。",
    "A task reported done whose metric is below the plan's min (or above its max) is an error; " ..
    "in progress, a warning."),
  check = function(report, plan)
    for _, t in c.known_tasks(report) do
      local status = t.status
      if status == "done" or status == "in-progress" then
        for _, target in ipairs(t.plan.targets) do
          local metric = c.task_metric(t, target)
          local value = metric and metric.value
          if value then
            local unit = target.unit or metric.unit or ""
            local min, max = tonumber(target.min), tonumber(target.max)
            local asks = target.text or ""
            local short_zh, short_en
            if min and value < min and not metric.lower_bound then
              short_zh, short_en = "低于方案要求的下限 " .. target.min .. unit, "below the plan's minimum “" .. target.min .. unit .. "”"
            elseif max and value > max and not metric.upper_bound then
              short_zh, short_en = "高于方案要求的上限 " .. target.max .. unit, "above the plan's maximum “" .. target.max .. unit .. "”"
            end
            if short_zh then
              local name = target.metric
              local quote_zh = asks ~= "" and ("（方案：“" .. asks .. "”）") or ""
              local quote_en = asks ~= "" and (" (plan: “" .. asks .. "”)") or ""
              pc.emit{ at = metric.at, attr = metric.attr, severity = status == "done" and "error" or "warning",
                message = c.msg(
                  "任务 " .. t.ref .. (status == "done" and " 报告已完成，但" or " 仍在推进，") .. "“" .. name .. "”为 " ..
                    metric.shown .. (metric.attr and unit or "") .. "，" .. short_zh .. quote_zh,
                  "task " .. t.ref .. (status == "done" and " is reported done but " or " is in progress and ") ..
                    "“" .. name .. "” is “" .. metric.shown .. (metric.attr and unit or "") .. "”, " .. short_en .. quote_en) }
            end
          end
        end
      end
    end
  end,
}
