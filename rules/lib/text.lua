-- Helpers of the text rules (rules.md, "Text"): the scopes text is compared within, and
-- the subject a figure is stated of.
local M = {}

-- Every scope of `report` (rules.md, "Scope of text rules"): one task's `progress`, one
-- `narrative/section`, and the paragraphs directly under a `narrative`. Each scope is
-- {nodes = {...}, texts = {...}}, the nodes' texts in document order.
function M.scopes(report)
  local scopes = {}
  local function add(nodes)
    if #nodes == 0 then return end
    local texts = {}
    for i, node in ipairs(nodes) do texts[i] = node:text() end
    scopes[#scopes + 1] = { nodes = nodes, texts = texts }
  end
  for _, task in ipairs(report:select("/report/task")) do add(task:select("progress")) end
  for _, narrative in ipairs(report:select("/report/narrative")) do
    add(narrative:select("p"))
    for _, section in ipairs(narrative:select(".//section")) do add(section:select("p")) end
  end
  return scopes
end

-- Calls fn(node, text) for each text the text rules read, scope by scope.
function M.each_text(report, fn)
  for _, scope in ipairs(M.scopes(report)) do
    for i, s in ipairs(scope.texts) do fn(scope.nodes[i], s) end
  end
end

-- Marks that end the words a figure is stated of.
local BOUNDARIES = { "，", "。", "、", "；", "：", "！", "？", "（", "）", "“", "”", "《", "》",
                     ",", ".", ";", ":", "(", ")", "!", "?", " ", "　" }

local function trim(s)
  s = s:gsub("^[%s]+", ""):gsub("[%s]+$", "")
  return s
end

-- The words right before byte `offset` of `text` back to the last punctuation mark or
-- to byte `from` (the end of the figure before): the subject the figure measures.
-- 自治区级民族团结进步示范单位4个 → 自治区级民族团结进步示范单位.
function M.subject_before(text, offset, from)
  local prefix = text:sub((from or 0) + 1, offset - 1)
  local start = 1
  for _, mark in ipairs(BOUNDARIES) do
    local init = 1
    while true do
      local s, e = prefix:find(mark, init, true)
      if not s then break end
      if e + 1 > start then start = e + 1 end
      init = e + 1
    end
  end
  return trim(prefix:sub(start))
end

-- The figures of a scope, each with the node it is in, its place among them and its
-- subject: {node, q = figure, order, subject}. Masked figures are left out.
function M.stated_figures(scope)
  local stated = {}
  for i, text in ipairs(scope.texts) do
    local previous_end = 0
    for _, q in ipairs(pc.figures(text)) do
      if not q.masked then
        stated[#stated + 1] = { node = scope.nodes[i], q = q, order = #stated + 1,
                                subject = M.subject_before(text, q.offset, previous_end) }
      end
      previous_end = q.offset + q.length - 1
    end
  end
  return stated
end

-- Subjects name one thing when they are equal, or when one ends with the other and the
-- shorter still says enough: six characters or more (not 资金, not 活动). The endings of
-- `subject` that may stand for it: itself, and each ending of six characters or more.
M.MIN_SUBJECT_CHARS = 6
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
