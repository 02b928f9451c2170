#include "plan.h"

#include <cstring>
#include <string_view>

#include "numerals.h"

namespace plancheck {

Plan::Plan(std::unique_ptr<Document> doc) : doc_(std::move(doc)) {
  pugi::xml_node root = doc_->root();
  id_ = root.attribute("id").value();
  if (auto issued = Date::parse_iso(root.attribute("issued").value())) issued_ = *issued;

  // Declared units first, so their aliases and collective flags win.
  for (pugi::xml_node unit : root.child("units").children("unit")) {
    std::vector<std::string> aliases;
    for (pugi::xml_node alias : unit.children("alias")) aliases.push_back(text_of(alias));
    std::string name = unit.attribute("name").value();
    bool collective = unit.attribute("collective").as_bool() || is_collective_name(name);
    units_.add(name, aliases, collective);
  }
  for (pugi::xml_node node = root; node; node = next_in_subtree(node, root)) {
    if (node.type() != pugi::node_element) continue;
    if (std::strcmp(node.name(), "task") == 0) {
      tasks_.push_back(node);
      task_by_id_.emplace(node.attribute("id").value(), node);
    } else if (std::strcmp(node.name(), "lead") == 0 || std::strcmp(node.name(), "responsible") == 0) {
      std::string name = text_of(node);
      if (!units_.canonical(name)) units_.add(name, {}, is_collective_name(name));
    }
  }
}

pugi::xml_node Plan::task(const std::string& id) const {
  auto it = task_by_id_.find(id);
  return it == task_by_id_.end() ? pugi::xml_node() : it->second;
}

std::string plan_id_key(std::string_view id) {
  std::string key;
  for (size_t i = 0; i < id.size();) {
    CodePoint c = decode_code_point(id, i);
    std::string_view raw = id.substr(i, c.length);
    i += c.length;
    if (c.value == ' ' || c.value == '\t' || c.value == 0x3000 || c.value == 0xA0 || c.value == '\n' || c.value == '\r')
      continue;
    if (c.value >= U'０' && c.value <= U'９') key += static_cast<char>('0' + (c.value - U'０'));
    else if (std::u32string_view(U"〔【[（(［").find(c.value) != std::u32string_view::npos) key += '[';
    else if (std::u32string_view(U"〕】]）)］").find(c.value) != std::u32string_view::npos) key += ']';
    else key += raw;
  }
  return key;
}

bool same_plan_id(std::string_view a, std::string_view b) { return a == b || plan_id_key(a) == plan_id_key(b); }

const Plan* PlanSet::find(const std::string& id) const {
  for (const auto& plan : plans_)
    if (plan->id() == id) return plan.get();
  for (const auto& plan : plans_)
    if (same_plan_id(plan->id(), id)) return plan.get();
  return nullptr;
}

}  // namespace plancheck
