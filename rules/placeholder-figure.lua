local c = require("lib.common")
local text = require("lib.text")

return {
  id = "placeholder-figure",
  severity = "error",
  needs_plan = false,
  by_part = true,  -- each part (text) alone: a big report's parts may go to several workers
  summary = c.msg("文中有未填写的占位数字（*期、x名、XX次、××万元、○个）",
                  "a masked figure left in the text (*期, x名, XX次, ××万元, ○个)"),
  description = c.msg(
    "模板中的占位符号（*、＊、x、X、×、○、□，单个或重复；或两个以上下划线留的空白 ____，或表格模板留空的括号“（　）”、连续空格）出现在量词之前（x名、XX次、××万元、○个、□%、*.*万人次、连续*年、____万元、（　）亿元、【 】人次、方括号里的 [X]次、【X】处）或数字之中（4X件、20XX年），没有换成实际数值。X光、X射线、5G、型号 GX-200、二○○五年中的○、3×4 和 3x2米 中的乘号都不是占位符。每个占位数字一条，指向它在 progress、narrative 或章节标题（section 的 title）中的位置。",
    "A template's placeholder mark (*, ＊, x, X, ×, ○, □, alone or repeated, or a blank of two or more underscores ____, or a form's blank left as empty brackets （　） or a run of spaces) standing before a measure word (x名, XX次, ××万元, ○个, □%, *.*万人次, 连续*年, ____万元, （　）亿元, 【 】人次, marks in square brackets: [X]次, 【X】处) or inside a number (4X件, 20XX年) was never replaced by the number. X光, X射线, 5G, a model number such as GX-200, the ○ of 二○○五年 and the × of 3×4 or the x of 3x2米 are no placeholders. One finding per masked figure, at its place in progress, narrative text or a section's heading (its title)."),
  check = function(report)
    -- A text, or a section's heading (at = the section, attr = "title": its place is the
    -- heading's own paragraph or line).
    local function read(node, s, attr)
      -- pc.masks is a quick scan, found once per text for this rule and masked-word; pc.figures
      -- reads the figures (without their metrics: not needed here) only for texts that hold a
      -- masked one.
      local masked = false
      for _, m in ipairs(pc.masks(s)) do masked = masked or m.figure end
      if not masked then return end
      for _, q in ipairs(pc.figures(s, false)) do
        if q.masked then
          pc.emit{ at = node, attr = attr, offset = not attr and q.offset or nil, message = c.msg(
            "占位数字“" .. q.text .. "”没有填写实际数值",
            "the figure “" .. q.text .. "” is a placeholder, not a number") }
        end
      end
    end
    text.each_text_and_heading(report, read)
  end,
}
