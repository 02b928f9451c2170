local c = require("lib.common")
local text = require("lib.text")

return {
  id = "conflicting-figures",
  severity = "warning",
  needs_plan = false,
  by_part = true,  -- each part (text) alone: a big report's parts may go to several workers
  summary = c.msg("同一部分中同一指标给出了两个不同的数值", "one metric given two different values in one report"),
  description = c.msg(
    "同一任务的 progress 或同一 narrative/section（正文与附件分开）中，同一指标以同一量词给出两个不能同时成立的数值（自治区级民族团结进步示范单位 4个 与 14个）。在后一个数值处报告。指标是数字所计量的对象，而不是数字前面碰巧出现的词：增长、下降、高于目标等增幅只与同一指标的增幅比较（工业增加值同比增长7% 与 固定资产投资同比增长7.5% 不冲突）；去掉全县、实现、累计等范围词和动词后相同、或多写少写几个字（全县粮食总产量 / 实现粮食总产量，原估算总投资 / 原估算投资）的是同一指标；“造成86名矿工遇难”计量的是数字后面的名词。不比较：总数与其中的部分（其中、含；但同一总数下同一状态的部分数相互比较：52个重点项目已开工47个 与 52个重点项目中，已开工45个 冲突，全县重点项目已开工47个 与 全县重点项目中，已开工45个 也冲突）、变化前后的数值（由…提升到…）、计划与实际（计划、预计、目标、力争、可实现；“主要预期目标是：”之后列出的各项目标）、分别列出的数值，处于不同状态的同类事物（1个项目已完工，3个项目已开工），以不同基期计的变化（同比上升1.5个百分点 与 “十三五”以来累计上升21.6个百分点），全部与其中一级（重点项目 与 县重点项目），写明不同地方、级别或年份的数字（报告标题或首句写明的年份就是文中“今年”“全年”“本年”的年份：某镇2023年工作总结 中 2023年全年完成投资3.2亿元 与 今年完成投资3.6亿元 冲突），以及分列在不同标题下的数字（一、某项目…总投资230万元 与 三、另一项目…总投资29万元；第一个标题之前的总述仍与各标题下的数字比较）。约数按其限定词比较（超过27万人次 与 28万人次 不冲突）。往前数的若干年（五年来、过去五年、近三年）是一个时段，与过去一年、今年的数字不比较；与上年相比、同上年同期相比 是前面那一项的增减。",
    "Within one task's progress or one narrative section (a letter and its attachments apart), one metric is given two values in the same measure word that cannot both be true (自治区级民族团结进步示范单位 4个 and 14个). Reported at the later value. The metric is what the figure measures, not the words that happen to stand before it: growth and gap figures (增长, 下降, 高于目标) compare only with the same metric's growth (工业增加值 growing 7% and 固定资产投资 growing 7.5% do not conflict); names equal once scope words and verbs (全县, 实现, 累计) are left out, or one metric named with more or fewer words (全县粮食总产量 / 实现粮食总产量), are one metric; in 造成86名矿工遇难 the figure counts the noun after it. Not compared: a total and its parts (其中, 含; but two counts of one whole in one state are compared: 52个重点项目已开工47个 and 52个重点项目中，已开工45个 conflict, and so do 全县重点项目已开工47个 and 全县重点项目中，已开工45个), values before and after a change (由…提升到…), plans and results (计划, 预计, 目标, 力争, 可实现; every figure of a target list such as 主要预期目标是：…), figures given 分别, counts of things in different states (1个项目已完工, 3个项目已开工), changes against different bases (同比上升1.5个百分点 and “十三五”以来累计上升21.6个百分点), all things and those of one level (重点项目 and 县重点项目), figures whose clauses name different places, levels or years (the year a report's title or first sentence names is the year of its 今年, 全年, 本年: in 某镇2023年工作总结, 2023年全年完成投资3.2亿元 and 今年完成投资3.6亿元 conflict), and figures under different headings of the scope (一、one project… 总投资230万元 and 三、another… 总投资29万元; what comes before the first heading is still compared with all). Approximate figures compare by their qualifiers. A span of years counted back from now (五年来, 过去五年, 近三年) is a period of its own, not compared with the last year's figures; a change framed by 与上年相比 is the change of the item before it."),
  check = function(report)
    text.each_part(report, function(part)
      -- pc.conflicts does the matching (metrics that name one thing, one role, one measure
      -- word, values pc.agree rejects) in one pass over the part's figures.
      for _, conflict in ipairs(pc.conflicts(part.texts, text.MIN_SUBJECT_CHARS)) do
        local subject = conflict.figure.metric ~= "" and conflict.figure.metric or conflict.figure.subject
        local earlier, here = conflict.earlier.text, conflict.figure.text
        pc.emit{ at = part.nodes[conflict.index], offset = part.bases[conflict.index] + conflict.figure.offset,
          message = c.msg(
            "“" .. subject .. "”前文写作 " .. earlier .. "，此处写作 " .. here,
            "“" .. subject .. "” is “" .. earlier .. "” earlier and “" .. here .. "” here") }
      end
    end)
  end,
}
