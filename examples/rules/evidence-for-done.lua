-- Replaces the default pack's evidence-for-done (same id, so `--rules examples/rules`
-- swaps it in): this supervisor wants evidence for finished work as a warning, and
-- counts only attachments filed with the report, not links to web pages.
return {
  id = "evidence-for-done",
  severity = "warning",
  summary = { zh = "已完成的任务没有随报告附上佐证材料", en = "a task reported done has no evidence attached" },
  description = {
    zh = "状态为 done 的任务须至少附上一个随报告提交的文件（evidence 的 href 为本地路径）；网页链接不算。",
    en = "A task reported done needs at least one evidence filed with the report (a local href); a web link does not count.",
  },
  check = function(report)
    for _, task in ipairs(report:select("/report/task[@status='done']")) do
      local attached = task:first("evidence[not(starts-with(@href, 'http://') or starts-with(@href, 'https://'))]")
      if not attached then
        pc.emit{ at = task, message = {
          zh = "任务 " .. task:attr("ref") .. " 报告已完成，但没有随报告附上佐证材料（只有网页链接或没有 evidence）",
          en = "task " .. task:attr("ref") .. " is reported done with no evidence attached (only web links, or none)" } }
      end
    end
  end,
}
