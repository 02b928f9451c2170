-- An example rule outside the default pack (README, "Writing a rule"): a reported task
-- must say what was done.
return {
  id = "progress-written",
  severity = "warning",
  summary = { zh = "任务没有写进展", en = "a reported task has no progress text" },
  description = {
    zh = "报告中的每个任务都要在 progress 中写明做了什么；只有空白的 progress 视为未写。",
    en = "Every reported task says what was done in its progress; one of only spaces is not written.",
  },
  check = function(report)
    for _, task in ipairs(report:select("/report/task")) do
      local progress = task:first("progress")
      if not progress or pc.normalize_unit(progress:text()) == "" then
        pc.emit{ at = progress or task, message = {
          zh = "任务 " .. task:attr("ref") .. " 没有填写进展（progress）",
          en = "task " .. task:attr("ref") .. " has no progress text" } }
      end
    end
  end,
}
