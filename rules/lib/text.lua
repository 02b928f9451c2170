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

-- Calls fn(part) for every part of every scope of `report`. A scope splits into parts
-- where another document begins in it (an attachment, a forwarded report after a
-- signature date), since those quote one another on purpose; report:parts() finds them
-- in C++, once per report whichever rules ask (docs/rule-api.md, checker/text_parts.h).
-- A part is {nodes = {...}, texts = {...}, bases = {...}}: texts[i] is a piece of
-- nodes[i]:text() that starts at byte bases[i] + 1 of it, so a finding at byte k of
-- texts[i] is pc.emit{at = nodes[i], offset = bases[i] + k}.
function M.each_part(report, fn)
  for part in report:parts() do fn(part) end
end

-- Every scope of `report` as a list (each_scope holds only one at a time).
function M.scopes(report)
  local scopes = {}
  M.each_scope(report, function(scope) scopes[#scopes + 1] = scope end)
  return scopes
end

-- Every text the text rules read, as one XPath: what each_scope visits, in document order.
M.TEXTS = "/report/task/progress | /report/narrative/p | /report/narrative//section/p"

-- Calls fn(node, text, opened) for each text the text rules read, in document order
-- (report:texts(): `opened` lists the sections whose headings come right before the text,
-- nil for most; a by_part rule's job on a big report gets its share of them); with
-- `predicate` (an XPath predicate, such as contains(., '*')), only for the texts it holds
-- for, found by XPath, so the others are never copied into Lua (a 100 MB report has
-- 250,000 paragraphs). Texts, not scopes: for rules that judge each text alone (no `opened` on this path).
function M.each_text(report, fn, predicate)
  if not predicate then
    for node, s, opened in report:texts() do fn(node, s, opened) end
    return
  end
  for _, node in ipairs(report:select("(" .. M.TEXTS .. ")[" .. predicate .. "]")) do fn(node, node:text()) end
end

-- Calls fn(node, text) for each text the text rules read, as each_text does, and
-- fn(section, title, "title") for each section's heading, just before the first text under
-- it (report:texts() gives the sections a text opens), so a job of a by_part run reads each
-- heading once. A finding at a heading: pc.emit{at = section, attr = "title"}, whose place is
-- the heading's own line or paragraph.
function M.each_text_and_heading(report, fn)
  M.each_text(report, function(node, s, opened)
    if opened then
      for _, section in ipairs(opened) do fn(section, section:attr("title") or "", "title") end
    end
    fn(node, s)
  end)
end

-- The texts with a mark (`*`, `＊`, x, X, ｘ, Ｘ, ×, ○, □, _, ＿), a form's blank (empty
-- brackets, a run of spaces) or a per cent sign (增长%，: its number left out): the only ones that can hold a masked figure or a masked word
-- (pc.masks says which marks are masks).
-- (pc.masks itself is quicker than this XPath, which reads a text's string value once per
-- contains: the built-in rules call pc.masks on every text instead.)
M.HAS_MASK = "contains(., '*') or contains(., '＊') or contains(., 'x') or contains(., 'X') or " ..
  "contains(., 'ｘ') or contains(., 'Ｘ') or contains(., '×') or contains(., '○') or contains(., '□') or " ..
  "contains(., '_') or contains(., '＿') or contains(., '（ ') or contains(., '（　') or contains(., '（）') or " ..
  "contains(., '( ') or contains(., '()') or contains(., '【 ') or contains(., '【】') or contains(., '[ ') or " ..
  "contains(., '[]') or contains(., '  ') or contains(., '　　') or contains(., ' 　') or contains(., '　 ') or " ..
  "contains(., '%') or contains(., '％')"
M.HAS_STAR = M.HAS_MASK  -- the name rules written before x/X/×/○/□ counted used

-- The figures of a scope, each with the node it is in, its place among them and its
-- subject (pc.figures gives it: the words before the figure back to a punctuation mark
-- or the figure before): {node, q = figure, order, subject}. Masked figures are left out.
-- With `metrics` false the figures come without their metric fields (pc.figures(text, false)).
function M.stated_figures(scope, metrics)
  local stated = {}
  for i, text in ipairs(scope.texts) do
    for _, q in ipairs(pc.figures(text, metrics ~= false)) do
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
