local c = require("lib.common")

-- Words that label a unit list rather than name a unit: 牵头单位, 配合单位：, 责任部门.
local LABELS = { "牵头单位", "责任单位", "配合单位", "协办单位", "参与单位", "牵头部门", "责任部门", "配合部门",
                 "牽頭單位", "責任單位", "配合單位" }
local OPEN = { ["（"] = true, ["("] = true, ["〔"] = true, ["["] = true, ["【"] = true, ["［"] = true }
local CLOSE = { ["）"] = true, [")"] = true, ["〕"] = true, ["]"] = true, ["】"] = true, ["］"] = true }

-- Why `name` is not a unit's name as written in a list, or nil. Balanced brackets are part
-- of names (各县(市、区)人民政府, 各镇（街道）); a bracket left open or closed alone is not.
local function problem(name)
  -- 各项目牵头单位, 各责任单位: every unit in that role, a collective as 各有关单位 is, no label.
  local each = name:sub(1, #"各") == "各" and not name:find("：", 1, true) and not name:find(":", 1, true)
  for _, label in ipairs(LABELS) do
    if name:find(label, 1, true) and not (each and name:sub(-#label) == label) then return "label", label end
  end
  if name:find("：", 1, true) or name:find(":", 1, true) then return "colon" end
  local depth = 0
  for ch in name:gmatch(utf8.charpattern) do
    if OPEN[ch] then depth = depth + 1 end
    if CLOSE[ch] then
      depth = depth - 1
      if depth < 0 then return "bracket" end
    end
  end
  if depth ~= 0 then return "bracket" end
  return nil
end

local WHY = {
  label = { zh = "含有标签", en = "holds a label" },
  colon = { zh = "含有冒号", en = "holds a colon" },
  bracket = { zh = "括号不成对", en = "has an unpaired bracket" },
}

return {
  id = "plan-unit-label",
  severity = "warning",
  kind = "plan",
  summary = c.msg("单位名称里夹着标签、冒号或半个括号", "a unit name that holds a label, a colon or half a bracket"),
  description = c.msg(
    "牵头单位或责任单位的名称里有“配合单位：”这样的标签、冒号或不成对的括号：导入时把单位清单的写法当成了单位名称。报告里的单位永远对不上这个名称。",
    "A lead or responsible unit's name holds a label such as 配合单位：, a colon or an unpaired bracket: the import took the list's wording for a unit. No report's unit will ever match it."),
  check = function(plan)
    for _, task in ipairs(plan:tasks()) do
      for _, role in ipairs({ "lead", "responsible" }) do
        for _, node in ipairs(task:select(role)) do
          local name = node:text()
          local kind, label = problem(name)
          if kind then
            local why = WHY[kind]
            pc.emit{ at = node, message = c.msg(
              c.task_label(task, "zh") .. " 的单位“" .. name .. "”" .. why.zh .. (label and ("“" .. label .. "”") or ""),
              c.task_label(task, "en") .. ": the unit “" .. name .. "” " .. why.en .. (label and (" “" .. label .. "”") or "")) }
          end
        end
      end
    end
  end,
}
