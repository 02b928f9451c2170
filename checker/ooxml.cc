#include "ooxml.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "document.h"

namespace plancheck::ooxml {

bool is(const pugi::xml_node& node, const char* name) {
  return node.type() == pugi::node_element && std::strcmp(local_name(node.name()), name) == 0;
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node c : node.children())
    if (is(c, name)) return c;
  return {};
}

const char* attr(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_attribute a : node.attributes())
    if (std::strcmp(local_name(a.name()), name) == 0) return a.value();
  return nullptr;
}

int int_attr(const pugi::xml_node& node, const char* name, int fallback) {
  const char* v = attr(node, name);
  if (!v || !*v) return fallback;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  return end == v ? fallback : static_cast<int>(std::max(-1000000L, std::min(n, 1000000L)));
}

}  // namespace plancheck::ooxml
