#include "lua_patterns.h"

#include <string>

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

uint64_t g_steps = 0;
uint64_t g_limit = 0;

bool count_steps(lua_State*, uint64_t steps) {
  g_steps += steps;
  return g_steps <= g_limit;
}

// A state with Lua's string library as `lua` and the bounded functions as `bounded`.
struct PatternState {
  lua_State* L = luaL_newstate();
  explicit PatternState(uint64_t limit) {
    g_steps = 0;
    g_limit = limit;
    luaL_openlibs(L);
    lua_getglobal(L, "string");
    lua_setglobal(L, "lua");
    lua_newtable(L);
    install_bounded_patterns(L, -1, count_steps);
    lua_setglobal(L, "bounded");
  }
  ~PatternState() { lua_close(L); }
  // Runs `chunk`; returns its string result or "error: ..." when it raises.
  std::string run(const std::string& chunk) {
    if (luaL_dostring(L, chunk.c_str()) != LUA_OK) {
      std::string message = std::string("error: ") + lua_tostring(L, -1);
      lua_pop(L, 1);
      return message;
    }
    std::string result = lua_isstring(L, -1) ? lua_tostring(L, -1) : "(not a string)";
    lua_settop(L, 0);
    return result;
  }
};

}  // namespace

TEST_CASE("the bounded pattern functions return what Lua's own return", "[lua_patterns]") {
  PatternState state(1'000'000'000);
  // Each case calls a function through a library table `S`; both libraries must agree,
  // in results and in errors (error messages differ in wording, so only "error" is kept).
  const char* harness = R"(
    local function show(...)
      local out = {select('#', ...)}
      for i = 1, select('#', ...) do out[#out + 1] = type((select(i, ...))) .. ":" .. tostring((select(i, ...))) end
      return table.concat(out, ",")
    end
    local function run(S, code)
      local f = load("local S = ...; " .. code)
      local ok, result = pcall(function() return show(f(S)) end)
      return ok and result or "error"
    end
    return function(code) return run(lua, code), run(bounded, code) end
  )";
  REQUIRE(luaL_dostring(state.L, harness) == LUA_OK);
  lua_setglobal(state.L, "compare");
  const char* cases[] = {
      "return S.find('hello world', 'o w')",
      "return S.find('hello world', 'o', 6)",
      "return S.find('hello world', 'l+')",
      "return S.find('hello', '')",
      "return S.find('hello', '', 10)",
      "return S.find('hello', 'l', -2)",
      "return S.find('a.b', '.', 1, true)",
      "return S.find('2023年11月30日前', '(%d+)年(%d+)月')",
      "return S.match('2023年11月30日前', '(%d+)年(%d+)月(%d+)日')",
      "return S.match('  trim me  ', '^%s*(.-)%s*$')",
      "return S.match('key = value', '(%w+)%s*=%s*(%w+)')",
      "return S.match('hello', '()ll()')",
      "return S.match('THE (quick) fox', '%((%a+)%)')",
      "return S.match('f(a(b)c)d', '%b()')",
      "return S.match('THE (quick) fox', '%f[%a]%a+', 5)",
      "return S.match('abcabc', '(abc)%1')",
      "return S.match('x = [[long]]', '%[(=*)%[(.-)%]%1%]')",
      "return S.match('aaa', 'a-b')",
      "return S.match('aaab', 'a-b')",
      "return S.match('ab', 'a?b')",
      "return S.match('b', 'a?b')",
      "return S.match('price: $5', '%$(%d)')",
      "return S.match('a$b', 'a$b')",
      "return S.match('abc', '^b')",
      "return S.match('abc', 'c$')",
      "return S.match('[x]', '[%[]')",
      "return S.match('a-z', '[a%-z]+')",
      "return S.match('hello', '[^aeiou]+')",
      "return S.match('中文 text', '[\\128-\\255]+')",
      "return S.match('x', '%')",
      "return S.match('x', '[a')",
      "return S.match('x', '(x')",
      "return S.match('x', 'x)')",
      "return S.match('x', '%1')",
      "return S.match('x', '%f')",
      "return S.match('x', '%b')",
      "local t = {} for a, b in S.gmatch('k1=v1, k2=v2', '(%w+)=(%w+)') do t[#t+1] = a .. b end return table.concat(t, ';')",
      "local t = {} for w in S.gmatch('one two  three', '%a*') do t[#t+1] = '<' .. w .. '>' end return table.concat(t)",
      "local t = {} for w in S.gmatch('abc', '()') do t[#t+1] = w end return table.concat(t, ',')",
      "local t = {} for w in S.gmatch('one two three', '%a+', 5) do t[#t+1] = w end return table.concat(t, ',')",
      "local t = {} for w in S.gmatch('abc', '.', 10) do t[#t+1] = w end return #t",
      "return S.gsub('hello world', 'o', '0')",
      "return S.gsub('hello world', 'o', '0', 1)",
      "return S.gsub('hello world', '(%w+)', '<%1>')",
      "return S.gsub('hello world', '%w+', '%0 %0')",
      "return S.gsub('hello', '()l', '%1')",
      "return S.gsub('abc', '', '-')",
      "return S.gsub('abc', '^', '>')",
      "return S.gsub('abc', 'b', '%%')",
      "return S.gsub('abc', 'b', '%2')",
      "return S.gsub('abc', 'b', '%x')",
      "return S.gsub('abc', 'b', '%')",
      "return S.gsub('$name is $age', '%$(%w+)', {name = 'Li', age = 30})",
      "return S.gsub('$name is $x', '%$(%w+)', {name = 'Li'})",
      "return S.gsub('a b c', '%a', function(c) return c:upper() end)",
      "return S.gsub('a b c', '%a', function(c) if c == 'b' then return false end return 'x' end)",
      "return S.gsub('a b', '%a', function() return {} end)",
      "return S.gsub('abc', 'b', 7)",
      "return S.gsub('abc', 'b', true)",
      "return S.gsub('abc', 'z', 'y')",
  };
  for (const char* code : cases) {
    lua_getglobal(state.L, "compare");
    lua_pushstring(state.L, code);
    REQUIRE(lua_pcall(state.L, 1, 2, 0) == LUA_OK);
    std::string expected = lua_tostring(state.L, -2), got = lua_tostring(state.L, -1);
    lua_settop(state.L, 0);
    INFO(code);
    CHECK(got == expected);
  }
}

TEST_CASE("a backtracking bomb is stopped by the step budget, not run for hours", "[lua_patterns]") {
  PatternState state(50'000'000);
  std::string result = state.run("return tostring(bounded.find(string.rep('a', 100000), '.-.-.-.-b'))");
  CHECK_THAT(result, Catch::StartsWith("error:") && Catch::Contains("rule stopped: over its budget"));
  CHECK(g_steps > 50'000'000);
  CHECK(g_steps < 50'100'000);
}

TEST_CASE("ordinary matching stays well inside the budget", "[lua_patterns]") {
  PatternState state(1'000'000);
  std::string text = "local s = string.rep('2023年11月30日前完成，', 200) "
                     "local n = 0 for y, m in bounded.gmatch(s, '(%d+)年(%d+)月') do n = n + 1 end return tostring(n)";
  CHECK(state.run(text) == "200");
  CHECK(g_steps < 1'000'000);
}
