-- A mark that stands for a word, not a number (视察*重要讲话, 直接责任人XXX, 湖北XXXX产业园,
-- 公安、商务、××、海关): text that was masked, often a name redacted before publication or
-- a template's blank never filled. Not a figure, so not placeholder-figure; info, because a
-- redacted copy is sometimes what was meant to be sent. pc.masks decides what is a mask
-- (checker/masks.h): X光, 5G, GX-200, 二○○五年, 3×4, list markers and check boxes are not.
local c = require("lib.common")
local text = require("lib.text")

-- `s` from `before_chars` characters before byte `at` to `after_chars` characters from byte `after` on.
local function context(s, at, after, before_chars, after_chars)
  local from = at
  for _ = 1, before_chars do
    if from <= 1 then break end
    from = utf8.offset(s, -1, from)
  end
  local to = after
  for _ = 1, after_chars do
    if to > #s then break end
    to = utf8.offset(s, 2, to)
  end
  return s:sub(from, to - 1)
end

return {
  id = "masked-word",
  severity = "info",
  needs_plan = false,
  by_part = true,  -- each part (text) alone: a big report's parts may go to several workers
  summary = c.msg("文中有被“*”“X”“×”等符号遮盖的字词（不是数字）",
                  "a word masked by `*`, `X`, `×` or the like in the text (not a figure)"),
  description = c.msg(
    "“视察*重要讲话”“直接责任人XXX”“湖北XXXX产业园”“公安、商务、××、海关”“按照____的部署”“中共_县_镇委”以及文号中只剩末位数字的年份“[x1]74号”“x2年度”中的符号或下划线空白遮盖的是字词而非数字，不属于 placeholder-figure；常见于公开前脱敏的文本或没有填完的模板，提醒核对是否应补全。X光、X射线、5G、型号、网址中的字母，二○○五年中的○，3×4 中的乘号，段首的列表符号和复选框□、文件名中的下划线和整行的下划线都不算。正文和章节标题（section 的 title）都读。",
    "The marks in 视察*重要讲话, 直接责任人XXX, 湖北XXXX产业园, 公安、商务、××、海关, 按照____的部署 or 中共_县_镇委, and a year left with its last digit only ([x1]74号 in a 文号, x2年度), mask a word, not a number, so they are no placeholder-figure; often a copy redacted for publication or a template never filled in. A reminder to check whether the word should be restored. Letters of X光, X射线, 5G, model numbers and addresses, the ○ of 二○○五年, the × of 3×4, list markers, check boxes, the underscore of a file name and a line of nothing but underscores do not count. Section headings (a section's title) are read as well as the text."),
  check = function(report)
    -- A text, or a section's heading (at = the section, attr = "title": its place is the
    -- heading's own paragraph or line).
    local function read(node, s, attr)
      for _, m in ipairs(pc.masks(s)) do
        if not m.figure then
          local quoted = context(s, m.offset, m.offset + m.length, 2, 4)
          pc.emit{ at = node, attr = attr, offset = not attr and m.offset or nil, message = c.msg(
            "“" .. quoted .. "”中有被“" .. m.text .. "”遮盖的字词",
            "“" .. quoted .. "” has a word masked by “" .. m.text .. "”") }
        end
      end
    end
    text.each_text_and_heading(report, read)
  end,
}
