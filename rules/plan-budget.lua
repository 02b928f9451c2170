local c = require("lib.common")

return {
  id = "plan-budget",
  severity = "warning",
  kind = "plan",
  summary = c.msg("方案没有任何经费保障要求", "a plan with no budget requirement anywhere"),
  description = c.msg(
    "方案在全局和各任务中都没有经费保障要求（如“经费列入同级财政预算”）：报告无须说明经费来源，budget-included 无从检查。",
    "The plan has no budget requirement (经费列入……预算) at plan level or in any task, so reports need not say how work is funded and budget-included has nothing to check."),
  check = function(plan)
    if not plan:first("//budget[@required='true' or @required='1']") then
      pc.emit{ at = plan, message = c.msg(
        "方案“" .. plan:id() .. "”没有任何经费保障要求",
        "plan “" .. plan:id() .. "” states no budget requirement anywhere") }
    end
  end,
}
