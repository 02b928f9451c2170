// Hints for a rule that failed: what a Lua error message means for a rule author, in
// the run's language. `io.open` is not an "undeclared global" but a library the sandbox
// removed; `pc.emitt` is a typo of a name the API really has. Kept apart from the Lua
// host so that it is called from one place (LuaHost's failure path).
#pragma once
#include <string>
#include <vector>

struct lua_State;

namespace plancheck {

// The libraries and functions of standard Lua that the sandbox does not give rules.
bool removed_by_sandbox(const std::string& name);

// `message` (Lua's text) as a rule author needs it: "undeclared global 'io'" becomes
// "io is removed by the sandbox …"; "attempt to call a nil value (field 'emitt')" or
// "(method 'attrr')" gets "did you mean emit?" when `known` (rule_api_names) has a
// close name. Otherwise `message` unchanged.
std::string explain_rule_failure(const std::string& message, const std::vector<std::string>& known,
                                 const std::string& lang);

// [-0, +0] The names a rule can reach in `L`: the globals of the table stored in the
// registry under `env_key` (the sandbox's pristine environment), the fields of its
// `pc` table, and the methods of the host's node and document types.
std::vector<std::string> rule_api_names(lua_State* L, const char* env_key);

}  // namespace plancheck
