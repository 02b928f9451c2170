local c = require("lib.common")
local text = require("lib.text")

-- The figures of a task's progress that state `metric`: those of its measure word whose
-- subject names it (编印宣传折页5000份 for 宣传折页), or else the only figure in that
-- measure word. Several unnamed candidates: none (the text does not say which).
local function statements(figures, name, unit)
  local same_unit, named = {}, {}
  for _, f in ipairs(figures) do
    if unit == "" or f.q.unit == unit then
      same_unit[#same_unit + 1] = f
      if f.subject:find(name, 1, true) then named[#named + 1] = f end
    end
  end
  if #named > 0 then return named end
  if #same_unit == 1 then return same_unit end
  return {}
end

return {
  id = "metric-text-agrees",
  severity = "warning",
  needs_plan = false,
  summary = c.msg("填报的指标数值与同一任务进展文字中的数字不符", "a metric disagrees with the same figure in its progress text"),
  description = c.msg(
    "任务填报的指标数值与其进展文字中同一数字不一致（按限定词比较：超过27万人次 与 280000 一致）。文字中同一量词的数字以指标名相认，只有一个时即为该指标；文字没有写到的指标不作判断。",
    "A task's metric value disagrees with the same figure in its own progress text (compared by qualifiers: 超过27万人次 agrees with 280000). Figures in the metric's measure word are matched by the metric's name, or taken as the metric when there is only one; a metric the text does not state is not judged."),
  check = function(report)
    for _, task in ipairs(report:model().tasks) do
      if #task.metrics > 0 and #task.progress > 0 then
        local scope = { nodes = {}, texts = {} }
        for i, progress in ipairs(task.progress) do scope.nodes[i], scope.texts[i] = progress.node, progress.text end
        local figures = text.stated_figures(scope, false)  -- subjects and values: no metrics needed
        for _, metric in ipairs(task.metrics) do
          local name, unit = metric.name or "", metric.unit or ""
          local value = tonumber(metric.value)
          local stated = statements(figures, name, unit)
          if value and #stated > 0 then
            local reported = { value = value, unit = unit, approx = metric.approx or "exact" }
            local agrees = false
            for _, f in ipairs(stated) do agrees = agrees or pc.agree(reported, f.q) end
            if not agrees then
              local written = metric.value .. unit
              pc.emit{ at = metric.node, attr = "value", message = c.msg(
                "指标“" .. name .. "”填报为 " .. written .. "，进展文字写的是“" .. stated[1].q.text .. "”",
                "metric “" .. name .. "” is “" .. written .. "”, but the progress text says “" .. stated[1].q.text .. "”") }
            end
          end
        end
      end
    end
  end,
}
