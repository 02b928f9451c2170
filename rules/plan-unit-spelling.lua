local c = require("lib.common")

-- The prefixes a unit's name is written with or without: 区财政局 / 财政局.
local PREFIXES = { "区", "市", "县", "州", "省" }

local function without_prefix(a, b)
  for _, p in ipairs(PREFIXES) do
    if a == p .. b or b == p .. a then return true end
  end
  return false
end

return {
  id = "plan-unit-spelling",
  severity = "warning",
  kind = "plan",
  summary = c.msg("同一单位在方案里有两种写法", "one unit spelled two ways in the plan"),
  description = c.msg(
    "两个单位名称只差全角半角、括号样式、空格，或一个多了“区/市/县”前缀（区财政局与财政局），而方案没有把它们声明为别名：报告按哪一种写都可能被当成另一个单位。",
    "Two unit names differ only in width, bracket style or spaces, or by a 区/市/县 prefix (区财政局 and 财政局), and the plan declares no alias joining them: a report may be matched to either."),
  check = function(plan)
    local first = {}   -- normalized name → {name, task}
    local order = {}
    for _, task in ipairs(plan:tasks()) do
      for _, role in ipairs({ "lead", "responsible" }) do
        for _, node in ipairs(task:select(role)) do
          local name = node:text()
          local key = pc.normalize_unit(name)
          if key ~= "" then
            local seen = first[key]
            if seen and seen.name ~= name then
              pc.emit{ at = node, message = c.msg(
                "单位“" .. name .. "”与" .. c.task_label(seen.task, "zh") .. " 的“" .. seen.name .. "”只差全角半角、括号或空格",
                "the unit “" .. name .. "” differs from “" .. seen.name .. "” (" .. c.task_label(seen.task, "en") ..
                  ") only in width, brackets or spaces"), suggestion = seen.name }
            elseif not seen then
              first[key] = { name = name, task = task, node = node }
              order[#order + 1] = key
            end
          end
        end
      end
    end
    -- A prefix apart, once per pair, at the later spelling.
    for i = 1, #order do
      for j = i + 1, #order do
        local a, b = first[order[i]], first[order[j]]
        if without_prefix(order[i], order[j]) and not plan:same_unit(a.name, b.name) then
          pc.emit{ at = b.node, message = c.msg(
            "单位“" .. b.name .. "”与" .. c.task_label(a.task, "zh") .. " 的“" .. a.name .. "”只差一个前缀，是同一单位吗？",
            "the unit “" .. b.name .. "” and “" .. a.name .. "” (" .. c.task_label(a.task, "en") ..
              ") differ only by a prefix: the same unit?"), suggestion = a.name }
        end
      end
    end
  end,
}
