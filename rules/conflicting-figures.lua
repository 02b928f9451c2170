local c = require("lib.common")
local text = require("lib.text")

return {
  id = "conflicting-figures",
  severity = "warning",
  needs_plan = false,
  summary = c.msg("同一部分中同一指标给出了两个不同的数值", "one metric given two different values in one report"),
  description = c.msg(
    "同一任务的 progress 或同一 narrative/section 中，同一对象（数字前面的词，如“自治区级民族团结进步示范单位”）以同一量词给出两个不能同时成立的数值（4个 与 14个）。在后一个数值处报告。约数按其限定词比较（超过27万人次 与 28万人次 不冲突）；量词相同而对象不同（相关报道6200余篇、稿件2260余篇）不算冲突。",
    "Within one task's progress or one narrative section, the same subject (the words before the figure, such as 自治区级民族团结进步示范单位) is given two values in the same measure word that cannot both be true (4个 and 14个). Reported at the later value. Approximate figures compare by their qualifiers; different subjects that share a measure word do not conflict."),
  check = function(report)
    for _, scope in ipairs(text.scopes(report)) do
      -- The first figure stated of each subject, and of each subject a longer one ends
      -- with, by measure word: a lookup per figure, not a comparison with every other.
      local stated, ending_with = {}, {}
      for _, f in ipairs(text.stated_figures(scope)) do
        if f.subject ~= "" then
          local key = f.q.unit .. "\0"
          local endings = text.subject_endings(f.subject)
          local earlier = { ending_with[key .. f.subject] }
          for _, ending in ipairs(endings) do earlier[#earlier + 1] = stated[key .. ending] end
          local first
          for _, e in ipairs(earlier) do
            if not pc.agree(e.q, f.q) and (not first or e.order < first.order) then first = e end
          end
          if first then
            pc.emit{ at = f.node, offset = f.q.offset, message = c.msg(
              "“" .. f.subject .. "”前文写作 " .. first.q.text .. "，此处写作 " .. f.q.text,
              "“" .. f.subject .. "” is " .. first.q.text .. " earlier and " .. f.q.text .. " here") }
          end
          stated[key .. f.subject] = stated[key .. f.subject] or f
          for i = 2, #endings do ending_with[key .. endings[i]] = ending_with[key .. endings[i]] or f end
        end
      end
    end
  end,
}
