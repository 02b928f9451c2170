local c = require("lib.common")
local text = require("lib.text")

local MIN_CHARS = 30  -- rules.md: shorter set phrases (铸牢中华民族共同体意识) repeat everywhere

-- Marks that end a clause or a sentence.
local CLAUSE_MARKS = { "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?" }
local SENTENCE_ENDS = { "。", "！", "？", "；", "!", "?", ";" }
local EDGE = "[%s,.;:!?()]"  -- ASCII white space and punctuation at either end of a run

local function ends_with(s, suffix)
  return #s >= #suffix and s:sub(-#suffix) == suffix
end

-- `s` without the punctuation and spaces at its ends (a repeat often starts at a comma).
local function core(s)
  local changed = true
  while changed and #s > 0 do
    changed = false
    for _, m in ipairs(CLAUSE_MARKS) do
      if s:sub(1, #m) == m then s, changed = s:sub(#m + 1), true end
      if ends_with(s, m) then s, changed = s:sub(1, -#m - 1), true end
    end
    for _, m in ipairs({ "、", "“", "”", "《", "》", "（", "）", "　" }) do
      if s:sub(1, #m) == m then s, changed = s:sub(#m + 1), true end
      if ends_with(s, m) then s, changed = s:sub(1, -#m - 1), true end
    end
    if s:match("^" .. EDGE) then s, changed = s:sub(2), true end
    if s:match(EDGE .. "$") then s, changed = s:sub(1, -2), true end
  end
  return s
end

-- A passage is a sentence or a clause of one: the run holds a clause mark, or ends a
-- sentence. A name or a list of names (中国第一重型机械集团公司、大连重工•起重集团公司和…),
-- a document's title (《关于…的请示》（鄂政文〔2004〕15号）) or a heading is mentioned again,
-- not copied: however long, it is no repeated passage.
local function is_passage(run)
  local inner = core(run)
  for _, m in ipairs(CLAUSE_MARKS) do
    if inner:find(m, 1, true) then return true end
  end
  local trimmed = run:match("^(.-)%s*$")
  for _, m in ipairs(SENTENCE_ENDS) do
    if ends_with(trimmed, m) then return true end
  end
  return false
end

-- The length of a run in 字: each Chinese character, digit or mark counts one, white space none,
-- and a Latin word of three letters or more counts one, as a Chinese word of a few characters
-- does (30 characters of an English phrase, "at the Fourth Session of the Tenth National…", are
-- a name of a few words, not a passage); short abbreviations (CO, PM2.5, O3) count by letter.
-- A mirror site's pinyin glosses (預(yù)算數(shù)) are no text: they count none (reports22).
local function length_in_zi(run)
  local stripped = pc.without_pinyin_glosses(run):gsub("%a%a%a+", "A"):gsub("%s+", "")
  return utf8.len(stripped) or #stripped
end

return {
  id = "duplicate-passage",
  severity = "warning",
  needs_plan = false,
  by_part = true,  -- each part (text) alone: a big report's parts may go to several workers
  summary = c.msg("同一部分中有逐字重复的长段文字", "a long passage repeated verbatim"),
  description = c.msg(
    "同一任务的 progress、同一 narrative/section（或没有分节的整个 narrative）中，一个句子或分句（至少 30 个字，不计空白和镜像网站在字后括注的拼音（如“預(yù)算”），三个字母以上的拉丁字母词算一个字）逐字重复前文。在重复处报告一次。正文与附件、被转发的报告是不同的部分（附件开头、落款日期之后另起一部分），互相引用不算重复；单位名称的罗列、文件标题（《……》）等不含句读的名称再次提到也不算。",
    "Within one task's progress, one narrative section (or a narrative with no sections), a sentence or clause of at least 30 characters (white space and a mirror site's pinyin glosses such as 預(yù)算 not counted, a word of three Latin letters or more counted as one) repeats earlier text verbatim. Reported once, at the repeat. A letter and its attachments or a forwarded report are separate parts (a part begins at 附件 and after a signature date) that quote one another on purpose; a list of names or a document's title (《…》) with no clause mark in it is mentioned again, not repeated."),
  check = function(report)
    text.each_part(report, function(part)
      for _, r in ipairs(pc.repeats(part.texts, MIN_CHARS)) do
        if is_passage(r.text) and length_in_zi(r.text) >= MIN_CHARS then
          local first_line = part.nodes[r.first_index]:line()
          local quoted = text.excerpt(r.text, 20)
          local chars = utf8.len(r.text)
          pc.emit{ at = part.nodes[r.index], offset = part.bases[r.index] + r.offset, message = c.msg(
            "这段 " .. chars .. " 字的文字逐字重复了前文（第 " .. first_line .. " 行起的段落）：“" .. quoted .. "”",
            "this passage of " .. chars .. " characters repeats earlier text verbatim (the paragraph at line " .. first_line .. "): “" .. quoted .. "”") }
        end
      end
    end)
  end,
}
