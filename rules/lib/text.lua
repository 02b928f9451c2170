-- Helpers of the text rules (rules.md, "Text"): the scopes text is compared within, and
-- the figures stated in them.
local M = {}

-- Calls fn(scope) for every scope of `report` (rules.md, "Scope of text rules"): one
-- task's `progress`, one `narrative/section`, and the paragraphs directly under a
-- `narrative`. A scope is {nodes = {...}, texts = {...}}, the nodes' texts in document
-- order. One scope at a time, so a 100 MB report is never copied into Lua whole.
function M.each_scope(report, fn)
  local function visit(nodes)
    if #nodes == 0 then return end
    local texts = {}
    for i, node in ipairs(nodes) do texts[i] = node:text() end
    fn({ nodes = nodes, texts = texts })
  end
  for _, task in ipairs(report:select("/report/task")) do visit(task:select("progress")) end
  for _, narrative in ipairs(report:select("/report/narrative")) do
    visit(narrative:select("p"))
    for _, section in ipairs(narrative:select(".//section")) do visit(section:select("p")) end
  end
end

-- Parts of a scope. A letter, a notice or a report ends with its signature date, and what
-- follows it is another document: an attachment (附件1 …), a forwarded report. Those
-- documents quote one another on purpose, so repeats and figures are compared within one
-- part only. A part begins
-- - at a text that opens with 附件 (附件, 附件1, 附件二, 附件：);
-- - after a signature date written in Chinese numerals (二〇〇四年十一月四日), where the
--   text goes on after it (an importer may have run the signature and the attachment
--   into one paragraph) or ends with it;
-- - after a short text (a signature line) that ends with a date (国土资源部2004年10月10日).
local YEAR_DIGIT = {}
for _, ch in ipairs({ "〇", "○", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" }) do YEAR_DIGIT[ch] = true end
local SMALL_NUMERAL = {}
for _, ch in ipairs({ "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "廿", "〇", "○", "零" }) do
  SMALL_NUMERAL[ch] = true
end

-- The byte just past each date in Chinese numerals with a four-digit year (二〇〇四年十月十日).
local function chinese_date_ends(s)
  local ends = {}
  local pos = 1
  while true do
    local y = s:find("年", pos, true)
    if not y then break end
    local start, digits = y, 0
    while digits < 4 and start > 1 do
      local prev = utf8.offset(s, -1, start)
      if not prev or not YEAR_DIGIT[s:sub(prev, start - 1)] then break end
      start, digits = prev, digits + 1
    end
    if digits == 4 then
      local function numerals(p, most)
        local n = 0
        while n < most and SMALL_NUMERAL[s:sub(p, p + 2)] do p, n = p + 3, n + 1 end
        return p, n
      end
      local month_end, m = numerals(y + 3, 2)
      if m > 0 and s:sub(month_end, month_end + 2) == "月" then
        local day_end, d = numerals(month_end + 3, 3)
        if d > 0 and s:sub(day_end, day_end + 2) == "日" then ends[#ends + 1] = day_end + 3 end
      end
    end
    pos = y + 3
  end
  return ends
end

local SIGNATURE_CHARS = 40  -- a signature line: a unit's name and the date

-- Where parts begin in `s`: byte offsets (1-based) of a part that begins inside it, and
-- whether the text after it begins a part.
local function part_breaks(s)
  local breaks = {}
  for _, e in ipairs(chinese_date_ends(s)) do
    local rest = s:find("%S", e)
    if rest then breaks[#breaks + 1] = rest end
  end
  local trimmed = s:match("^%s*(.-)%s*$")
  local date_ends = chinese_date_ends(trimmed)
  local ends_with_date = date_ends[#date_ends] == #trimmed + 1
  if not ends_with_date and (utf8.len(trimmed) or 0) <= SIGNATURE_CHARS then
    ends_with_date = trimmed:find("%d%d%d%d年%d%d?月%d%d?日$") ~= nil
  end
  return breaks, ends_with_date
end

local function opens_attachment(s)
  return s:match("^%s*附件") ~= nil
end

-- Calls fn(part) for every part of every scope of `report`. A part is {nodes = {...},
-- texts = {...}, bases = {...}}: texts[i] is a piece of nodes[i]:text() that starts at byte
-- bases[i] + 1 of it, so a finding at byte k of texts[i] is pc.emit{at = nodes[i], offset =
-- bases[i] + k}.
function M.each_part(report, fn)
  M.each_scope(report, function(scope)
    local part = { nodes = {}, texts = {}, bases = {} }
    local function add(node, piece, base)
      part.nodes[#part.nodes + 1] = node
      part.texts[#part.texts + 1] = piece
      part.bases[#part.bases + 1] = base
    end
    local function close()
      if #part.texts > 0 then fn(part) end
      part = { nodes = {}, texts = {}, bases = {} }
    end
    local starts_part = false
    for i, s in ipairs(scope.texts) do
      if starts_part or opens_attachment(s) then close() end
      local breaks, next_starts = part_breaks(s)
      local from = 1
      for _, b in ipairs(breaks) do
        add(scope.nodes[i], s:sub(from, b - 1), from - 1)
        close()
        from = b
      end
      add(scope.nodes[i], s:sub(from), from - 1)
      starts_part = next_starts
    end
    close()
  end)
end

-- Every scope of `report` as a list (each_scope holds only one at a time).
function M.scopes(report)
  local scopes = {}
  M.each_scope(report, function(scope) scopes[#scopes + 1] = scope end)
  return scopes
end

-- Every text the text rules read, as one XPath: what each_scope visits, in document order.
M.TEXTS = "/report/task/progress | /report/narrative/p | /report/narrative//section/p"

-- Calls fn(node, text) for each text the text rules read, in document order; with
-- `predicate` (an XPath predicate, such as contains(., '*')), only for the texts it holds
-- for, found by XPath, so the others are never copied into Lua (a 100 MB report has
-- 250,000 paragraphs). Texts, not scopes: for rules that judge each text alone.
function M.each_text(report, fn, predicate)
  local xpath = M.TEXTS
  if predicate then xpath = "(" .. xpath .. ")[" .. predicate .. "]" end
  for _, node in ipairs(report:select(xpath)) do fn(node, node:text()) end
end

-- The texts with a mark (`*`, `＊`, x, X, ｘ, Ｘ, ×, ○, □): the only ones that can hold a
-- masked figure or a masked word (pc.masks says which marks are masks).
M.HAS_MASK = "contains(., '*') or contains(., '＊') or contains(., 'x') or contains(., 'X') or " ..
  "contains(., 'ｘ') or contains(., 'Ｘ') or contains(., '×') or contains(., '○') or contains(., '□')"
M.HAS_STAR = M.HAS_MASK  -- the name rules written before x/X/×/○/□ counted used

-- The figures of a scope, each with the node it is in, its place among them and its
-- subject (pc.figures gives it: the words before the figure back to a punctuation mark
-- or the figure before): {node, q = figure, order, subject}. Masked figures are left out.
function M.stated_figures(scope)
  local stated = {}
  for i, text in ipairs(scope.texts) do
    for _, q in ipairs(pc.figures(text)) do
      if not q.masked then
        stated[#stated + 1] = { node = scope.nodes[i], q = q, order = #stated + 1, subject = q.subject }
      end
    end
  end
  return stated
end

-- Subjects name one thing when they are equal, or when one ends with the other and the
-- shorter still says enough: five characters or more (not 资金, not 活动). The endings of
-- `subject` that may stand for it: itself, and each ending of six characters or more.
M.MIN_SUBJECT_CHARS = 5  -- 粮食总产量, 原估算投资: a metric's name; 资金, 示范单位 are too short
function M.subject_endings(subject)
  local endings = { subject }
  local n = utf8.len(subject) or 0
  for k = 2, n - M.MIN_SUBJECT_CHARS + 1 do endings[#endings + 1] = subject:sub(utf8.offset(subject, k)) end
  return endings
end

-- At most `n` characters of `s`, with …… when cut.
function M.excerpt(s, n)
  if utf8.len(s) <= n then return s end
  return s:sub(1, utf8.offset(s, n + 1) - 1) .. "……"
end

return M
