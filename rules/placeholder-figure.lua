local c = require("lib.common")
local text = require("lib.text")

return {
  id = "placeholder-figure",
  severity = "error",
  needs_plan = false,
  summary = c.msg("文中有未填写的占位数字（*期、*.*万人次、连续*年）",
                  "a masked figure left in the text (*期, *.*万人次, 连续*年)"),
  description = c.msg(
    "模板中的“*”占位数字没有换成实际数值。每个占位数字一条，指向它在 progress 或 narrative 中的位置。",
    "A `*` placeholder figure from a template was never replaced by the number. One finding per masked figure, at its place in progress or narrative text."),
  check = function(report)
    text.each_text(report, function(node, s)
      for _, q in ipairs(pc.figures(s)) do
        if q.masked then
          pc.emit{ at = node, offset = q.offset, message = c.msg(
            "占位数字“" .. q.text .. "”没有填写实际数值",
            "the figure “" .. q.text .. "” is a placeholder, not a number") }
        end
      end
    end, text.HAS_STAR)
  end,
}
