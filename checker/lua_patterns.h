// string.find, string.match, string.gmatch and string.gsub for rules, with every step of
// the pattern matcher counted. Lua's own matcher backtracks inside C, where the
// instruction hook never fires: string.find(string.rep("a", 1e5), ".-.-.-b") would run
// for days. These versions read the same Lua 5.4 pattern language and return the same
// results, and charge their steps to the running rule's budget.
#pragma once
#include <cstdint>

#include <lua.hpp>

namespace plancheck {

// Charges `steps` matcher steps to the rule running in `L`; returns false when its
// budget is spent (the matcher then raises an error and stops).
using ChargeSteps = bool (*)(lua_State* L, uint64_t steps);

// Replaces find, match, gmatch and gsub in the string library table at `string_table`.
void install_bounded_patterns(lua_State* L, int string_table, ChargeSteps charge);

}  // namespace plancheck
