// The environment a rule runs in (docs/security.md, "Rules"): an allow-list of the
// standard library, every function that does C work in proportion to an argument
// replaced by a version that checks or charges that work first, and per-rule modules.
// Internal to the Lua host.
#pragma once
#include <lua.hpp>

namespace plancheck {

// Sizes the sandbox holds rules to (docs/security.md lists them with what happens).
inline constexpr size_t kMaxLoadBytes = 4u << 20;    // load(text): the text's size
inline constexpr size_t kMaxChunkNameBytes = 60;     // load(text, name): the name kept

// The registry key of the libraries as rules get them (rule_hints.h reads the names a rule
// may call from it, for did-you-mean).
inline constexpr const char* kPristineKey = "plancheck.pristine";

// [-0, +0] Opens the libraries rules may use, bounded, and keeps them in the registry as
// the model every rule environment is copied from.
void open_sandbox(lua_State* L);

// [-0, +1] A fresh environment for one rule: copies of the allowed libraries, strict
// globals, and a module table of its own (require gives this rule its own instance of
// each module, so one rule cannot change what another sees).
void push_rule_env(lua_State* L);

}  // namespace plancheck
