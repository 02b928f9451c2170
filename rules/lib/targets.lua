-- Which figure of a report's progress text states a plan target (target-met and
-- metric-for-target): a small grammar of how reports name a target's metric in their own words.
--
-- A target (农村供水管网 ≥ 200 公里) is stated by a figure of the task's progress that
-- 1. is in the target's measure word, units normalised: 千米 is 公里 and 米 a thousandth of
--    one, 平方千米 平方公里, a figure's scale words (万, 亿) are read into its value, so that
--    3.2亿元 states a target in 万元; 个 and 座, 处 and 个 stay apart;
-- 2. states a level reached or a count added (a level, the value after a change, 新增…650个),
--    not a growth rate, a part (其中), a value before a change or what is 力争/计划;
-- 3. names the target's metric, in the report's words (see `core`, `names_target`):
--    verbs (铺设, 新建, 完成, 改造), times (全年, 累计) and whole-area scopes (全县, 全市) before
--    or after the name say nothing; a restricting scope (农村, 城区, 市级) may be left out,
--    but two different ones (农村 / 城区) name two things; one core ends the other (管网 /
--    供水管网) or is it with words left out (供水管网 / 供水主管网), as metrics_name_one;
--    or names nothing at all (已完成150公里) — the measure word alone, taken only when no
--    figure in that measure word names another metric (新建农村公路30公里).
-- Two candidates of different values are no figure: the report is asked to state it rather
-- than the checker guessing (全年新建80公里，累计完成120公里).
local M = {}

-- Measure words written two ways, and lengths in metres: {unit, factor to it}.
local UNITS = {
  ["千米"] = { "公里", 1 }, ["km"] = { "公里", 1 }, ["KM"] = { "公里", 1 }, ["米"] = { "公里", 0.001 },
  ["平方千米"] = { "平方公里", 1 }, ["平方米"] = { "平方米", 1 }, ["㎡"] = { "平方米", 1 },
  ["个工作日"] = { "工作日", 1 }, ["工作日"] = { "工作日", 1 },
  ["个百分点"] = { "百分点", 1 }, ["％"] = { "%", 1 },
}

-- A measure word and a factor: value × factor is the value in the normalised measure word.
local function normal_unit(unit)
  local known = UNITS[unit]
  if known then return known[1], known[2] end
  return unit, 1
end
M.normal_unit = normal_unit

-- A target's measure word as the figures give theirs, and what one of it is in that word:
-- 万元 → 元, 10000; 千米 → 公里, 1; 处 → 处, 1.
function M.target_measure(unit)
  local q = unit and unit ~= "" and pc.quantity("1" .. unit)
  if q and not q.masked and q.value > 0 then
    local u, factor = normal_unit(q.unit)
    return u, q.value * factor
  end
  return normal_unit(unit or "")
end

-- Words that name no metric of their own, before a name: times, whole-area scopes and the
-- verbs reports put before what they built (longest first where one opens another).
local LEADING = {
  "截至目前", "截至年底", "今年以来", "年初以来", "全年", "今年", "本年度", "本年", "年内", "当年",
  "全县", "全市", "全区", "全省", "全镇", "全乡", "全旗", "全州", "全盟", "全域", "县域", "市域", "区域内",
  "累计", "共计", "合计", "总计", "一共", "共", "已经", "已", "均", "现已", "目前",
  "使", "同步", "实际", "实现", "完成", "达到", "新改扩建", "新改建", "改扩建", "改新建", "改建", "新铺设", "铺设", "敷设", "新建设", "新建成",
  "新建", "建成", "建设", "改造提升", "提升改造", "升级改造", "更新改造", "维修改造", "改造", "提升",
  "实施", "开展", "推进", "新安装", "安装", "新开工", "开工", "投入", "整治", "修建", "硬化",
  "新增",
}
-- The same after a name (农村供水管网建设, 管网铺设, 供水管网长度).
local TRAILING = {
  "建设任务", "建设工程", "改造工程", "工程", "建设", "任务", "项目", "铺设", "敷设", "改建", "改造", "新建", "建成",
  "总长度", "总长", "长度", "总里程", "里程", "规模", "数量", "整治",
}
-- Scopes that restrict a name to a part (农村供水管网 is not 城区供水管网): one may be left
-- out, two different ones name two things.
local SCOPES = {
  "中心城区", "农村", "城区", "城镇", "城市", "乡村", "乡镇", "县城", "市区", "镇区", "村级", "镇级",
  "国家级", "省级", "市级", "县级", "区级", "乡级",
}

local strip_time
local function starts(s, w) return #s > #w and s:sub(1, #w) == w end
local function ends(s, w) return #s > #w and s:sub(-#w) == w end

-- A metric name without the words that name nothing: (core, scope). 已铺设农村供水管网 →
-- 供水管网, 农村; 完成管网铺设 → 管网, nil; 已完成 → "", nil. With `keep_trailing` the words
-- after the name (建设, 工程, 铺设) stay: 农村安全饮水工程 → 安全饮水工程.
function M.core(name, keep_trailing)
  local s = pc.normalize_unit(name or ""):gsub("%s", "")
  for _, mark in ipairs({ "“", "”", "《", "》", "（", "）", "(", ")", "\"" }) do s = s:gsub((mark:gsub("%p", "%%%0")), "") end
  local scope
  local changed = true
  while changed and s ~= "" do
    s, changed = strip_time(s)
    for _, w in ipairs(LEADING) do
      if s == w then return "", scope end
      if starts(s, w) then s, changed = s:sub(#w + 1), true break end
    end
    if not changed and not scope then
      for _, w in ipairs(SCOPES) do
        if s == w then return "", w end
        if starts(s, w) then s, scope, changed = s:sub(#w + 1), w, true break end
      end
    end
    if not changed and not keep_trailing then
      for _, w in ipairs(TRAILING) do
        if ends(s, w) then s, changed = s:sub(1, #s - #w), true break end
      end
    end
  end
  return s, scope
end

-- A time before a name: 截至12月底, 截止2024年11月, 到9月末, 1至10月, 1-6月份 (the dates are
-- the report's, the name is what follows). (rest, whether any was taken)
local TIME_CHARS = "0123456789０１２３４５６７８９年月日底末份旬上中下季度一二三四半-—至~"
function strip_time(s)
  local rest = s
  local opened = false
  for _, w in ipairs({ "截至", "截止", "到" }) do
    if starts(rest, w) then rest, opened = rest:sub(#w + 1), true break end
  end
  local taken = false
  for _, code in utf8.codes(rest) do
    local ch = utf8.char(code)
    if not TIME_CHARS:find(ch, 1, true) then break end
    taken = true
  end
  if not taken and not opened then return s, false end
  -- Count the time characters' bytes.
  local at = 1
  for p, code in utf8.codes(rest) do
    if not TIME_CHARS:find(utf8.char(code), 1, true) then at = p break end
    at = p + #utf8.char(code)
  end
  local out = rest:sub(at)
  -- 1至 alone (a number before 至) is no time; a time ends with 月, 日, 底, 末, 份, 旬 or 度.
  local time = rest:sub(1, at - 1)
  if not opened and not (time:find("月", 1, true) or time:find("季度", 1, true) or time:find("半年", 1, true)) then
    return s, false
  end
  if out == "" or out == s then return s, false end
  return out, true
end

-- Whether two cores name one metric, as pc.conflicts compares metrics (pc.names_one): equal;
-- the shorter ends the longer, with no negation or number before it (未铺设管网 / 管网;
-- 10亿元以上项目); or the shorter is the longer with words left out, ending alike (供水管网 /
-- 供水主管网).
function M.cores_name_one(a, b)
  return pc.names_one(a, b, 2)
end

-- What a figure's metric is to a target's, both as `core` gives them: "names" (the target's),
-- "bare" (nothing: the measure word alone) or "other" (another metric, or another scope).
local function relation_of(figure_metric, target_core, target_scope, target_full)
  local core, scope = M.core(figure_metric)
  if scope and target_scope and scope ~= target_scope then return "other" end
  if core == "" then return scope and not target_scope and "other" or "bare" end
  if not M.cores_name_one(core, target_core) then
    -- 建设工程1处 for 农村安全饮水工程: the names with the words after them kept.
    local full = M.core(figure_metric, true)
    if not (target_full and M.cores_name_one(full, target_full)) then return "other" end
  end
  -- 新改建农村公路 is not 国省干线公路: where the scope left out leaves the target a name of two
  -- characters (公路, 道路), a name with words of its own is another part of the thing.
  if target_scope and not scope and #core > #target_core and (utf8.len(target_core) or 0) <= 2 then
    return "other"
  end
  return "names"
end

function M.relation(figure_metric, target_core, target_scope, target_full)
  local found = relation_of(figure_metric, target_core, target_scope, target_full)
  if found ~= "other" then return found end
  -- 农村安全饮水问题已完成建设工程1处: what was done is named after 已, its topic before it.
  local at = figure_metric:find("已", 4, true)
  if at then
    local after = figure_metric:sub(at)
    if relation_of(after, target_core, target_scope, target_full) == "names" then return "names" end
  end
  return "other"
end

-- 新增普惠托位650个: a count of what was added (a growth figure by its words) is the level a
-- 新增 target asks for; 同比增长20% and 比上年增加5个 are changes, not levels.
local function added_count(figure)
  if figure.role ~= "growth" or figure.unit == "%" or figure.unit == "个百分点" or figure.unit == "百分点" then return false end
  for _, change in ipairs({ "增长", "提高", "增加" }) do
    if figure.subject:sub(-#change) == change then return false end
  end
  return true
end

-- Words before a figure that count things other than those just named (另有2座正在调试,
-- 其余1座尚未开工), and words right after it that say its things are not done yet (2座在建,
-- 3座正在调试): such a figure is no level of the target's metric, nor of another.
local OTHERS = { "另有", "另外", "另", "其余", "其他", "还有", "尚有", "剩余", "余下" }
local NOT_DONE = { "在建", "正在", "尚未", "未", "待", "将", "拟", "计划" }

-- Things begun, not built (开工建设3处, 准备动工9处), unless the target counts what is begun.
local STARTED = { "开工", "新开工", "准备", "动工", "正在", "在建", "启动" }

local function not_reached(text, figure, target_metric)
  local subject = figure.subject or ""
  for _, w in ipairs(OTHERS) do
    if subject:sub(1, #w) == w then return true end
  end
  if not (target_metric:find("开工", 1, true) or target_metric:find("动工", 1, true)) then
    for _, w in ipairs(STARTED) do
      if subject:sub(1, #w) == w then return true end
    end
  end
  local after = text:sub(figure.offset + figure.length)
  for _, w in ipairs(NOT_DONE) do
    if after:sub(1, #w) == w then return true end
  end
  return false
end

-- A target of work done in the plan's period (新建改造农村供水管网200公里, 建成污水处理站10座)
-- is not met by the whole stock (农村供水管网总长度达到2300公里, 现有污水处理站12座), nor a
-- target of the stock (农村供水管网总长度达到2500公里) by what was added (今年新增150公里).
local WORK_VERBS = { "新建", "新增", "新改建", "铺设", "建成", "建设", "改造", "完成", "整治", "新开工", "实施" }
local STOCK_WORDS = { "总长度", "总长", "总里程", "总数", "总量", "总规模", "现有", "保有量", "存量" }

-- Whether `s` holds one of `words`.
local function holds_any(s, words)
  for _, w in ipairs(words) do
    if s:find(w, 1, true) then return true end
  end
  return false
end

local function asks_work_done(target)
  return holds_any((target.text or "") .. (target.metric or ""), WORK_VERBS)
end

local function names_stock(figure)
  return holds_any((figure.subject or "") .. (figure.metric or ""), STOCK_WORDS)
end

-- Whether a figure states a level reached or a count added.
local function states_level(figure)
  return figure.role == "level" or figure.role == "after" or added_count(figure)
end

-- A figure as written, and in the target's unit when it is written in another:
-- 15万米（合150公里）, 3.2亿元（合32000万元）.
function M.shown(figure, to_target, target_unit)
  if target_unit == nil or target_unit == "" or figure.text:sub(-#target_unit) == target_unit then
    return figure.text
  end
  local value = figure.value * to_target
  local written = value == math.floor(value) and string.format("%d", value) or string.format("%g", value)
  return figure.text .. "（合" .. written .. target_unit .. "）"
end

-- The figure a reported task's progress (a list of {text, node}) states for a target
-- ({metric, unit}), as task_metric gives it: {value (in the target's unit), unit, at, shown,
-- lower_bound, upper_bound}; or nil and, when two figures could be it, their texts.
function M.figure_for_target(progress, target)
  local unit, factor = M.target_measure(target.unit)
  local target_core, target_scope = M.core(target.metric or "")
  local target_full = M.core(target.metric or "", true)
  local named, bare, blocked = {}, {}, false
  local stock = names_stock({ subject = target.metric, metric = target.text })
  local work_done = not stock and asks_work_done(target)
  for _, progress_item in ipairs(progress) do
    local before
    for _, figure in ipairs(pc.figures(progress_item.text)) do
      local fu, ff = normal_unit(figure.unit)
      if not figure.masked and fu == unit then
        local metric = figure.metric
        -- 整治黑臭河道174条段253公里: a figure right after another (a measure word between at
        -- most) counts the same things.
        if before and figure.offset > before.offset and
            figure.offset - (before.offset + before.length) <= 3 and (utf8.len(figure.subject or "") or 0) <= 1 then
          metric = before.subject
        end
        local relation = M.relation(metric, target_core, target_scope, target_full)
        if states_level(figure) and not not_reached(progress_item.text, figure, target.metric or "") and
            not (work_done and names_stock(figure)) and not (stock and figure.role == "growth") then
          local found = { value = figure.value * ff / factor, unit = figure.unit, at = progress_item.node,
                          shown = M.shown(figure, ff / factor, target.unit), written = figure.text,
                          -- 超过1.1万人 may meet a minimum of 1.2万; 不到5% may keep under a maximum of 4%.
                          lower_bound = figure.approx == "over" or figure.approx == "at-least",
                          upper_bound = figure.approx == "under" or figure.approx == "at-most" }
          if relation == "names" then named[#named + 1] = found
          elseif relation == "bare" then bare[#bare + 1] = found
          else blocked = true end
        end
      end
      before = figure
    end
  end
  local candidates = named
  if #named > 0 then
    for _, f in ipairs(bare) do candidates[#candidates + 1] = f end
  elseif not blocked then
    candidates = bare
  else
    candidates = {}
  end
  if #candidates == 0 then return nil end
  local first = candidates[1]
  local shown = { first.written }
  for i = 2, #candidates do
    local f = candidates[i]
    if math.abs(f.value - first.value) > 1e-9 * math.max(1, math.abs(first.value)) then
      shown[#shown + 1] = f.written
    end
  end
  if #shown > 1 then return nil, shown end
  first.written = nil
  return first
end

return M
