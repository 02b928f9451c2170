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
      -- Figures whose subjects may name one thing share a measure word and a tail (the
      -- last six characters, text.subject_tail), so each figure is compared only with
      -- the earlier subjects of its bucket: the first figure of each subject, in order.
      local buckets = {}
      for _, f in ipairs(text.stated_figures(scope)) do
        local subject = f.subject
        if subject ~= "" then
          local key = f.q.unit .. "\0" .. text.subject_tail(subject)
          local bucket = buckets[key]
          if not bucket then bucket = {}; buckets[key] = bucket end
          local first, seen, longer_seen = nil, false, false
          for _, e in ipairs(bucket) do
            -- Candidates: the same subject; an ending of it (six characters or more, as
            -- the tail ensures); and the first earlier subject that ends with it.
            local candidate
            if e.subject == subject then
              candidate, seen = true, true
            elseif #e.subject < #subject then
              candidate = subject:sub(-#e.subject) == e.subject
            elseif not longer_seen and e.subject:sub(-#subject) == subject then
              candidate, longer_seen = true, true
            end
            if candidate and not pc.agree(e.f.q, f.q) and (not first or e.f.order < first.order) then first = e.f end
          end
          if first then
            pc.emit{ at = f.node, offset = f.q.offset, message = c.msg(
              "“" .. subject .. "”前文写作 " .. first.q.text .. "，此处写作 " .. f.q.text,
              "“" .. subject .. "” is " .. first.q.text .. " earlier and " .. f.q.text .. " here") }
          end
          if not seen then bucket[#bucket + 1] = { subject = subject, f = f } end
        end
      end
    end)
  end,
}
