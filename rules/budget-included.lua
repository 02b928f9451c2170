local c = require("lib.common")

return {
  id = "budget-included",
  severity = "error",
  summary = c.msg("方案要求经费列入预算，报告未说明", "the plan requires budget inclusion and the report shows none"),
  description = c.msg(
    "方案（整体或该任务）要求经费列入预算时，报告的该任务应说明经费：已列入预算，并写明经费来源。",
    "Where the plan (as a whole or for the task) requires budget inclusion, the reported task needs a budget " ..
    "with included=\"true\" and a source."),
  check = function(report, plan)
    for _, t in c.known_tasks(report) do
      local clause = t.plan.budget
      if clause then
        local asks = clause:attr("text") or ""
        local asks_zh = asks ~= "" and ("方案要求：“" .. asks .. "”") or "方案要求经费列入预算"
        local asks_en = asks ~= "" and ("the plan asks: “" .. asks .. "”") or "the plan requires budget inclusion"
        local budget = t.budget
        local source = budget and (budget.source or ""):gsub("%s", "") or ""
        if not budget then
          pc.emit{ at = t.node, message = c.msg(
            "任务 " .. t.ref .. " 没有说明经费是否列入预算及其来源；" .. asks_zh,
            "task " .. t.ref .. " says nothing of its funding; " .. asks_en) }
        elseif budget.included ~= "true" then
          -- The attribute as the supervisor reads it: 未列入预算, or what was written.
          local included = budget.included or ""
          local said_zh, said_en = "报告填写为“未列入预算”", "the report says it is not"
          if (included == "false" or included == "0") and source ~= "" then
            -- 单位自筹, 社会资本: what the money is, in the report's words.
            said_zh, said_en = "经费来源为“" .. source .. "”", "funded from “" .. source .. "”"
          elseif included == "" then said_zh, said_en = "报告未填写是否列入预算", "the report does not say"
          elseif included ~= "false" and included ~= "0" then
            said_zh, said_en = "报告填写为“" .. included .. "”，不是“已列入”", "the report says “" .. included .. "”"
          end
          pc.emit{ at = budget.node, attr = "included", message = c.msg(
            "任务 " .. t.ref .. " 的经费未列入预算（" .. said_zh .. "）；" .. asks_zh,
            "task " .. t.ref .. "'s funding is not in a budget (" .. said_en .. "); " .. asks_en) }
        elseif source == "" then
          pc.emit{ at = budget.node, message = c.msg(
            "任务 " .. t.ref .. " 写明经费已列入预算，但没有写经费来源（如“区级财政预算”）；" .. asks_zh,
            "task " .. t.ref .. " says its funding is budgeted but names no source (e.g. “区级财政预算”); " .. asks_en) }
        end
      end
    end
  end,
}
