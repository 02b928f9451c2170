local c = require("lib.common")

return {
  id = "plan-no-tasks",
  severity = "error",
  kind = "plan",
  summary = c.msg("方案没有任何任务", "a plan with no task"),
  description = c.msg(
    "方案里一项任务（task）也没有：多半是导入时没有读懂原文的编号或单位写法。没有任务，报告无从对照，task-coverage 等规则都无事可查。",
    "The plan holds no task at all: most likely import-plan did not understand the document's numbering or unit wording. Without tasks no report can be checked against it."),
  check = function(plan)
    if #plan:tasks() == 0 then
      pc.emit{ at = plan, attr = "id", message = c.msg(
        "方案“" .. plan:id() .. "”没有任何任务，请对照原文核对导入时打印的核对表",
        "plan “" .. plan:id() .. "” has no task; check the import (import-plan's review table)") }
    end
  end,
}
