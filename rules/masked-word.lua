-- A `*` that stands for a word, not a number (视察*重要讲话, 用好*色资源, 平安*建设): text
-- that was masked (often a place name redacted before publication). Not a figure, so not
-- placeholder-figure; info, because a redacted copy is sometimes what was meant to be sent.
local c = require("lib.common")
local text = require("lib.text")

-- The byte ranges of the masked figures in `s`, which placeholder-figure reports.
local function figure_ranges(s)
  local ranges = {}
  for _, q in ipairs(pc.figures(s)) do
    if q.masked then ranges[#ranges + 1] = { q.offset, q.offset + q.length - 1 } end
  end
  return ranges
end

local function inside(ranges, at)
  for _, r in ipairs(ranges) do
    if at >= r[1] and at <= r[2] then return true end
  end
  return false
end

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

-- A run of stars: ASCII `*` or full-width `＊`. A star that opens the text (a list
-- marker) or stands between digits or spaces (3 * 4) is no mask.
local function masked_runs(s)
  local runs, pos = {}, 1
  while true do
    local a = s:find("*", pos, true)
    local b = s:find("＊", pos, true)
    local at = a and b and math.min(a, b) or a or b
    if not at then break end
    local after = at
    while true do
      if s:sub(after, after) == "*" then after = after + 1
      elseif s:sub(after, after + 2) == "＊" then after = after + 3
      else break end
    end
    local before_char = at > 1 and s:sub(utf8.offset(s, -1, at), at - 1) or ""
    local after_char = after <= #s and s:sub(after, utf8.offset(s, 2, after) - 1) or ""
    local opens = s:sub(1, at - 1):match("^%s*$") ~= nil
    local arithmetic = before_char:match("^[%d%s]$") and after_char:match("^[%d%s]$")
    if not opens and not arithmetic then runs[#runs + 1] = { at, after } end
    pos = after
  end
  return runs
end

return {
  id = "masked-word",
  severity = "info",
  needs_plan = false,
  summary = c.msg("文中有被“*”遮盖的字词（不是数字）", "a word masked by `*` in the text (not a figure)"),
  description = c.msg(
    "“视察*重要讲话”“用好*色资源”中的“*”遮盖的是字词而非数字，不属于 placeholder-figure；常见于公开前脱敏的文本，提醒核对是否应补全。",
    "The `*` in 视察*重要讲话 or 用好*色资源 masks a word, not a number, so it is not a placeholder-figure; often a copy redacted for publication. A reminder to check whether the word should be restored."),
  check = function(report)
    text.each_text(report, function(node, s)
      local figures = figure_ranges(s)
      for _, run in ipairs(masked_runs(s)) do
        if not inside(figures, run[1]) then
          local quoted = context(s, run[1], run[2], 2, 4)
          pc.emit{ at = node, offset = run[1], message = c.msg(
            "“" .. quoted .. "”中有被“*”遮盖的字词",
            "“" .. quoted .. "” has a word masked by `*`") }
        end
      end
    end, text.HAS_STAR)
  end,
}
