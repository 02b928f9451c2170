local c = require("lib.common")

return {
  id = "evidence-exists",
  severity = "error",
  summary = c.msg("佐证材料文件不存在或超出报告目录", "an evidence file that is not there, or outside the report's folder"),
  description = c.msg(
    "evidence/@href 是相对报告所在目录的路径，文件必须存在。离开该目录的路径（..、绝对路径、指向目录外的符号链接）" ..
    "无论文件是否存在都是错误，且不会被读取；http/https 链接不检查。",
    "evidence/@href is relative to the report's folder and must exist. A path that leaves the folder (.., an " ..
    "absolute path, a symlink out) is an error whether or not the file is there, and is never opened; " ..
    "http/https links are not fetched."),
  check = function(report, plan)
    for _, t in c.known_tasks(report) do
      for _, evidence in ipairs(t.evidence) do
        local href = evidence.href
        if href then
          local status = pc.evidence_status(href)
          if status == "missing" then
            pc.emit{ at = evidence.node, attr = "href", message = c.msg(
              "任务 " .. t.ref .. " 的佐证材料“" .. href .. "”不存在（相对报告所在目录）",
              "task " .. t.ref .. "'s evidence \"" .. href .. "\" does not exist (relative to the report's folder)") }
          elseif status == "outside" then
            pc.emit{ at = evidence.node, attr = "href", message = c.msg(
              "任务 " .. t.ref .. " 的佐证材料路径“" .. href .. "”超出报告所在目录，不予读取",
              "task " .. t.ref .. "'s evidence path \"" .. href .. "\" leaves the report's folder and is not read") }
          end
        end
      end
    end
  end,
}
