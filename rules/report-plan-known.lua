local c = require("lib.common")

return {
  id = "report-plan-known",
  severity = "error",
  needs_plan = false,
  summary = c.msg("报告所引用的实施方案未加载", "the report names a plan that was not loaded"),
  description = c.msg(
    "报告所引的方案文号应为某个已加载实施方案的文号。未找到对应方案时，其他对照方案的规则都无法运行。",
    "report/@plan must be the id of a loaded plan; without it no other plan rule can run on the report."),
  check = function(report, plan)
    if plan then return end
    local id = report:root():attr("plan") or ""
    pc.emit{ at = report:root(), attr = "plan", message = c.msg(
      "报告引用的实施方案“" .. id .. "”未加载：请用 --plan 指定该方案，或更正文号",
      "the report names plan “" .. id .. "”, which was not loaded: pass it with --plan or correct the id") }
  end,
}
