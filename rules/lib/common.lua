-- Helpers shared by the default rules: plan tasks a report covers, unit lists,
-- deadlines and budget clauses as the plan states them.
local M = {}

-- lib.targets, loaded by the first rule that judges a target: every rule requires this
-- module, and running targets.lua's body in each of them was 14 M instructions a worker.
local targets_module
local function targets()
  targets_module = targets_module or require("lib.targets")
  return targets_module
end

function M.msg(zh, en)
  return { zh = zh, en = en }
end

-- Values that depend on the plan alone, computed once per worker for the whole run:
-- every report is checked against the same plan, which does not change while it runs.
-- `key` names the value within the plan; compute() gives it (not nil).
local per_plan = {}
function M.once_per_plan(plan, key, compute)
  local id = plan:path() .. "\0" .. key
  local value = per_plan[id]
  if value == nil then
    value = compute()
    per_plan[id] = value
  end
  return value
end

-- once_per_plan for a value of one plan task, known by its id (plan:task(ref) gives the
-- first task of an id, which is the one reported tasks are checked against).
function M.once_per_task(plan, plan_task, what, compute)
  return M.once_per_plan(plan, what .. "\0" .. (plan_task:attr("id") or ""), compute)
end

local function copy(list)
  local out = {}
  for i, v in ipairs(list) do out[i] = v end
  return out
end

-- A new plain list with the items of `list`, which may be a read-only one of the models
-- (table.concat and pc.closest_unit take plain lists only).
M.copy = copy

-- Units joined for a message: 区政工部、区文明办
function M.join(list)
  return table.concat(type(list) == "table" and list or copy(list), "、")
end

-- The same for an English message: each name quoted, as a piece of the document
-- (“区政工部”, “区文明办”), so that no Chinese stands outside quotes.
function M.join_en(list)
  local quoted = {}
  for i, name in ipairs(list) do quoted[i] = "“" .. name .. "”" end
  return table.concat(quoted, ", ")
end

-- A task/@status in the supervisor's words: 已完成, 进行中, 未开始, 受阻; anything else
-- quoted as written. `lang` "en" gives done, in progress, not started, blocked.
local STATUS_WORDS = {
  ["done"] = { zh = "已完成", en = "done" },
  ["in-progress"] = { zh = "进行中", en = "in progress" },
  ["not-started"] = { zh = "未开始", en = "not started" },
  ["blocked"] = { zh = "受阻", en = "blocked" },
}
function M.status_words(status, lang)
  local known = STATUS_WORDS[status or ""]
  if known then return known[lang == "en" and "en" or "zh"] end
  if status == nil or status == "" then return lang == "en" and "not stated" or "未填写" end
  return "“" .. status .. "”"
end

-- The tasks of `report` that `plan` knows, as a new list of {node, ref, plan_task, task}
-- (`task`: the task's record in report:model(), docs/rule-api.md). A task the plan does
-- not know gets `task-known` and nothing else. The built-in rules read report:model()
-- directly: for _, task in ipairs(report:model().tasks) do if task.plan then ... end end
function M.reported_tasks(report, plan)
  local tasks = {}
  for _, task in ipairs(report:model().tasks) do
    if task.plan then
      tasks[#tasks + 1] = { node = task.node, ref = task.ref, plan_task = task.plan.node, task = task }
    end
  end
  return tasks
end

-- `for _, task in c.known_tasks(report)`: the tasks of report:model() whose plan task the
-- plan has (task.plan), in order, read-only; what reported_tasks gives, without new tables.
function M.known_tasks(report)
  local tasks = report:model().tasks
  local i = 0
  return function()
    while true do
      i = i + 1
      local task = tasks[i]
      if task == nil then return nil end
      if task.plan then return i, task end
    end
  end
end

-- The date deadlines are judged against, as the models give dates: {date = ISO, day = n}.
M.AS_OF = { date = pc.as_of, day = pc.as_of_day }

-- Days from `a` to `b`, each {date = ISO, day = days since 1970 or nil} (positive when b is
-- later): a subtraction when both have their day, else pc.days_between of the dates.
function M.days_between(a, b)
  if a.day and b.day then return b.day - a.day end
  return pc.days_between(a.date, b.date)
end

-- A plan task's deadline as its model record states it ({date, day, text}, {month, text}
-- for a yearly one, or nil), as it applies to `report`: a recurring deadline (每年9月) counts
-- from its first occurrence on or after the report's period-from, or the plan's issue date
-- when there is no report or it gives no period.
local function applied_deadline(plan, stated, report)
  if not stated then return nil end
  if stated.date then return stated end
  local from = (report and report:root():attr("period-from")) or plan:issued()
  if not from then return nil end
  return { date = pc.next_occurrence(stated.month, from), text = stated.text, recurring = true }
end

-- The plan's deadline for a reported task (a record of report:model()) as it applies to
-- `report`: {date, day, text}, {date, text, recurring = true}, or nil. As plan_deadline.
function M.task_plan_deadline(plan, task, report)
  return applied_deadline(plan, task.plan.deadline, report)
end

-- The deadline a reported task (a model record) is held to, as binding_deadline.
function M.task_binding_deadline(plan, task, report)
  local wanted = M.task_plan_deadline(plan, task, report)
  if wanted then return wanted end
  local stated = task.deadline
  if not stated or stated.kind ~= "date" then return nil end
  return { date = stated.last, day = stated.last_day, text = stated.text }
end

-- The unit names a plan task lists in `role` ("lead" or "responsible"), in order.
function M.units(plan_task, role)
  local names = {}
  for _, node in ipairs(plan_task:select(role)) do
    names[#names + 1] = node:text()
  end
  return names
end

-- The units a report's lead must be among: the task's leads, or, where the plan names
-- none (seed 003), its responsible units. Group names (各镇（街道）) are no unit.
-- Once per plan task; a fresh list each call, so a rule may change what it gets.
function M.lead_candidates(plan, plan_task)
  local found = M.once_per_task(plan, plan_task, "lead_candidates", function()
    local names = M.units(plan_task, "lead")
    local from_responsible = #names == 0
    if from_responsible then names = M.units(plan_task, "responsible") end
    local units = {}
    for _, name in ipairs(names) do
      if not plan:is_collective(name) then units[#units + 1] = name end
    end
    return { units = units, from_responsible = from_responsible }
  end)
  return copy(found.units), found.from_responsible
end

-- A short name for a plan task in messages: 任务 3“建设有影响力的教育实践基地”
-- (in English: task 3 “建设有影响力的教育实践基地”, the title quoted as the plan's words).
function M.task_label(plan_task, lang)
  local id = plan_task:attr("id") or "?"
  local title = plan_task:first("title")
  if lang == "en" then
    return "task " .. id .. (title and (" “" .. title:text() .. "”") or "")
  end
  return "任务 " .. id .. (title and ("“" .. title:text() .. "”") or "")
end

-- The plan model's record of the plan task node `plan_task`, or nil.
local function plan_record(plan, plan_task)
  local model = plan:model()
  local record = model.by_id[plan_task:attr("id") or ""]
  if record and record.node == plan_task then return record end
  for _, r in ipairs(model.tasks) do
    if r.node == plan_task then return r end
  end
  return nil
end

-- The plan's deadline for a plan task node as it applies to `report`: {date = ISO, day,
-- text = wording}, {date, text, recurring = true}, or nil; a new table. Read from the plan
-- model (the plan task's `deadline`), as task_plan_deadline.
function M.plan_deadline(plan, plan_task, report)
  local record = plan_record(plan, plan_task)
  local d = record and applied_deadline(plan, record.deadline, report)
  if not d then return nil end
  return { date = d.date, day = d.day, text = d.text, recurring = d.recurring }
end

-- The deadline a reported task is held to: the plan's, or where the plan sets none, a
-- date the report itself states. nil when there is neither.
function M.binding_deadline(plan, t, report)
  local wanted = M.plan_deadline(plan, t.plan_task, report)
  if wanted then return wanted end
  local node = t.node:first("deadline")
  if not node then return nil end
  local read = pc.deadline(node:text(), plan:year())
  if read.kind ~= "date" then return nil end
  return { date = read.last, text = node:text() }
end

-- Whether `done` is what the report says of this task.
function M.is_done(task_node)
  return task_node:attr("status") == "done"
end

-- The reported tasks that are not done and are held to a deadline, each as
-- {t = reported task, deadline = binding deadline}: what the deadline rules judge.
-- `t` as reported_tasks gives it; `deadline` {date, day, text, recurring}, a new table.
function M.open_tasks_with_deadline(report, plan)
  local open = {}
  for _, task in ipairs(report:model().tasks) do
    if task.plan then
      local d = M.task_binding_deadline(plan, task, report)
      if d and task.status ~= "done" then
        open[#open + 1] = {
          t = { node = task.node, ref = task.ref, plan_task = task.plan.node, task = task },
          deadline = { date = d.date, day = d.day, text = d.text, recurring = d.recurring } }
      end
    end
  end
  return open
end

-- "2023年11月底前（2023-11-30）", or just the date when the wording is the date. In
-- English the plan's wording is quoted: “2023年11月底前” (2023-11-30).
function M.deadline_words(deadline, lang)
  if deadline.text == nil or deadline.text == "" or deadline.text == deadline.date then
    return deadline.date
  end
  if lang == "en" then return "“" .. deadline.text .. "” (" .. deadline.date .. ")" end
  return deadline.text .. "（" .. deadline.date .. "）"
end

-- The budget clause that covers a plan task: its own, else the plan's. nil when the
-- plan requires no budget inclusion for it. Once per plan task.
function M.budget_clause(plan, plan_task)
  return M.once_per_task(plan, plan_task, "budget_clause", function()
    return { node = plan_task:first("budget[@required='true']") or plan:first("/plan/budget[@required='true']") }
  end).node
end

-- What a reported task states for a plan target, or nil:
-- {value = number, unit = string, at = node, attr = "value" or nil, shown = string,
-- lower_bound / upper_bound = true when the words say the value is only a bound}.
-- A <metric> of the target's name (spaces and width forms aside) first; else, as a report
-- written in Word states it, the figure of the task's progress that states the target in
-- the report's own words (lib/targets.lua: 已铺设供水管网150公里 for 农村供水管网 ≥ 200 公里),
-- its value in the target's unit. Only what was done counts: a planned figure (力争达到98%),
-- a change (提高2个百分点) or a part is not the level; a count of what was added (新增…650个) is.
-- When two figures of different values could state it, nil and the list of their texts
-- (全年新建80公里，累计完成120公里: the report is asked, not guessed at).
function M.task_metric(task, target)
  local wanted = pc.normalize_unit(target.metric or "")
  for _, metric in ipairs(task.metrics) do
    if pc.normalize_unit(metric.name or "") == wanted then
      return { value = tonumber(metric.value), unit = metric.unit, at = metric.node, attr = "value",
               shown = metric.value or "" }
    end
  end
  return targets().figure_for_target(task.progress, target)
end

-- The same for a reported task node and a plan target node (XPath forms).
function M.reported_metric(task_node, target)
  local wanted = pc.normalize_unit(target:attr("metric") or "")
  for _, metric in ipairs(task_node:select("metric")) do
    if pc.normalize_unit(metric:attr("name") or "") == wanted then
      return { value = tonumber(metric:attr("value")), unit = metric:attr("unit"), at = metric, attr = "value",
               shown = metric:attr("value") or "" }
    end
  end
  local progress = {}
  for _, node in ipairs(task_node:select("progress")) do progress[#progress + 1] = { text = node:text(), node = node } end
  return targets().figure_for_target(progress, { metric = target:attr("metric"), unit = target:attr("unit"),
                                              min = target:attr("min"), max = target:attr("max") })
end

return M
