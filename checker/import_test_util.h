// What the importers' unit tests read from the XML they make.
#pragma once
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace plancheck {

// The text of each element, or the value of each attribute, that `xpath` selects.
inline std::vector<std::string> texts(const pugi::xml_document& xml, const char* xpath) {
  std::vector<std::string> out;
  for (const pugi::xpath_node& hit : xml.select_nodes(xpath))
    out.push_back(hit.attribute() ? hit.attribute().value() : hit.node().text().get());
  return out;
}

}  // namespace plancheck
