-- The section headings a text rule reads with the texts (formats.md: a `section` carries its
-- heading in @title; import-report makes one of each styled heading of a Word file or web
-- page and of each speaking unit's name). A heading is read just before the first text
-- under it, so a rule that runs on a big report as several jobs (by_part), each seeing a run
-- of the texts, reads each heading once, in document order.
local M = {}

-- A function of each text node (report:texts() order) giving the sections whose headings
-- come right before it, outermost first; {} for most texts. Only a text that starts a new
-- parent is looked at, so a report of 250,000 paragraphs costs one XPath per section.
function M.opened_by()
  local last_parent
  return function(node)
    local parent = node:parent()
    if not parent or parent:name() ~= "section" then
      last_parent = nil
      return {}
    end
    local key = parent:line() .. ":" .. parent:column()
    if key == last_parent then return {} end
    last_parent = key
    local opened, child, section = {}, node, parent
    while section and section:name() == "section" and not child:first("preceding-sibling::*") do
      table.insert(opened, 1, section)
      child, section = section, section:parent()
    end
    return opened
  end
end

return M
