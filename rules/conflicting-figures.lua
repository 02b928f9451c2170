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
    text.each_scope(report, function(scope)
      -- pc.conflicts does the matching (subjects that name one thing, same measure word,
      -- values pc.agree rejects) in one pass over the scope's figures.
      for _, conflict in ipairs(pc.conflicts(scope.texts, text.MIN_SUBJECT_CHARS)) do
        local subject, earlier, here = conflict.figure.subject, conflict.earlier.text, conflict.figure.text
        pc.emit{ at = scope.nodes[conflict.index], offset = conflict.figure.offset, message = c.msg(
          "“" .. subject .. "”前文写作 " .. earlier .. "，此处写作 " .. here,
          "“" .. subject .. "” is “" .. earlier .. "” earlier and “" .. here .. "” here") }
      end
    end)
  end,
}
