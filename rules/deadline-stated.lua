local c = require("lib.common")

return {
  id = "deadline-stated",
  severity = "error",
  summary = c.msg("方案有期限的任务，报告未写明期限", "a plan task with a deadline whose report states none"),
  description = c.msg(
    "方案为任务规定了期限时，报告的该任务应写明期限，写成日期（2023-11-30）或日期用语（2023年11月底前）。" ..
    "“持续推进”“长期坚持”等没有期限的说法不算写明期限。",
    "Where the plan gives a task a deadline, the reported task must state one, as a date or dated wording. " ..
    "Open-ended wording (持续推进, 长期坚持) states none."),
  check = function(report, plan)
    for _, t in ipairs(report:model().tasks) do
      local wanted = t.plan and c.task_plan_deadline(plan, t, report)
      if wanted then
        local read = t.deadline
        if not read then
          pc.emit{ at = t.node, message = c.msg(
            "任务 " .. t.ref .. " 未写明期限；方案要求：" .. c.deadline_words(wanted),
            "task " .. t.ref .. " states no deadline; the plan asks " .. c.deadline_words(wanted, "en")) }
        else
          local text, node = read.text, read.node
          if read.kind ~= "date" and read.kind ~= "recurring" then
            local why_zh = read.kind == "open" and "不是期限" or "无法识别为日期"
            local why_en = read.kind == "open" and "sets no deadline" or "is not a date plancheck can read"
            pc.emit{ at = node, message = c.msg(
              "任务 " .. t.ref .. " 的期限写作“" .. text .. "”，" .. why_zh .. "；方案要求：" .. c.deadline_words(wanted),
              "task " .. t.ref .. "'s deadline “" .. text .. "” " .. why_en .. "; the plan asks " ..
                c.deadline_words(wanted, "en")) }
          end
        end
      end
    end
  end,
}
