local c = require("lib.common")

return {
  id = "evidence-for-done",
  severity = "info",
  summary = c.msg("报告已完成的任务没有佐证材料", "a task reported done has no evidence"),
  description = c.msg(
    "状态为已完成的任务最好附有佐证材料（照片、文件或链接），便于核实。",
    "A task reported done is better backed by evidence (a photo, a document or a link)."),
  check = function(report, plan)
    for _, t in c.known_tasks(report) do
      if t.status == "done" and #t.evidence == 0 then
        pc.emit{ at = t.node, message = c.msg(
          "任务 " .. t.ref .. " 报告已完成，但没有附佐证材料",
          "task " .. t.ref .. " is reported done with no evidence") }
      end
    end
  end,
}
