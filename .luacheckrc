-- luacheck configuration for rule folders (rules/, examples/rules/, your own):
-- the Lua 5.4 that the plancheck sandbox gives a rule, and the rule API of
-- docs/rule-api.md. Run from the repository root: luacheck rules examples/rules
std = "lua54"

-- What the sandbox takes away (docs/rule-api.md, "The sandbox"): using any of these
-- is an error when the rule runs, so luacheck reports it before.
not_globals = {
  "io", "os", "debug", "package", "coroutine", "collectgarbage", "dofile", "loadfile",
  "loadstring", "module", "setfenv", "getfenv", "unpack",
}

read_globals = {
  pc = {
    fields = {
      -- The same names as the host's `pc` table: tests/cli_rule_tests_test.cc compares them.
      "add_days", "agree", "as_of", "as_of_day", "closest_unit", "conflicts", "days_between", "deadline", "deadlines_in",
      "due_soon_days", "emit", "evidence_status", "figures", "is_collective", "lang", "masks", "names_one",
      "next_occurrence", "normalize_unit", "quantity", "repeats", "without_pinyin_glosses",
    },
  },
}

-- check(report, plan) has a fixed signature; a rule need not use both arguments.
unused_args = false

-- Messages are long Chinese strings; their width is not a defect.
max_line_length = false
