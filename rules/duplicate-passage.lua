local c = require("lib.common")
local text = require("lib.text")

local MIN_CHARS = 30  -- rules.md: shorter set phrases (铸牢中华民族共同体意识) repeat everywhere

return {
  id = "duplicate-passage",
  severity = "warning",
  needs_plan = false,
  summary = c.msg("同一部分中有逐字重复的长段文字", "a long passage repeated verbatim"),
  description = c.msg(
    "同一任务的 progress、同一 narrative/section（或没有分节的整个 narrative）中，至少 30 个字（不计空白）逐字重复前文。在重复处报告一次。",
    "Within one task's progress, one narrative section (or a narrative with no sections), a run of at least 30 characters (white space not counted) repeats earlier text verbatim. Reported once, at the repeat."),
  check = function(report)
    text.each_scope(report, function(scope)
      for _, r in ipairs(pc.repeats(scope.texts, MIN_CHARS)) do
        local first_line = scope.nodes[r.first_index]:line()
        local quoted = text.excerpt(r.text, 20)
        local chars = utf8.len(r.text)
        pc.emit{ at = scope.nodes[r.index], offset = r.offset, message = c.msg(
          "这段 " .. chars .. " 字的文字逐字重复了前文（第 " .. first_line .. " 行起的段落）：“" .. quoted .. "”",
          "this passage of " .. chars .. " characters repeats earlier text verbatim (the paragraph at line " .. first_line .. "): “" .. quoted .. "”") }
      end
    end)
  end,
}
