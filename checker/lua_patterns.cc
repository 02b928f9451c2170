#include "lua_patterns.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <string_view>

namespace plancheck {

namespace {

constexpr int kMaxCaptures = 32;          // as Lua's LUA_MAXCAPTURES
constexpr int kMaxDepth = 200;            // matcher recursion, as Lua's MAXCCALLS
constexpr uint64_t kChargeEvery = 10000;  // steps between two charges to the budget
constexpr char kEscape = '%';
constexpr const char* kSpecials = "^$*+?.([%-";
constexpr ptrdiff_t kUnfinished = -1;  // capture length: still open
constexpr ptrdiff_t kPosition = -2;    // capture length: a position capture `()`

int uchar(char c) { return static_cast<unsigned char>(c); }

ChargeSteps charge_of(lua_State* L, int upvalue) {
  return *static_cast<ChargeSteps*>(lua_touserdata(L, lua_upvalueindex(upvalue)));
}

// A backtracking matcher for Lua patterns over one subject, counting its steps.
struct Matcher {
  struct Capture {
    const char* init;
    ptrdiff_t len;
  };

  lua_State* L;
  ChargeSteps charge;
  const char* src_init;
  const char* src_end;
  const char* p_end;
  int depth = 0;
  int level = 0;
  uint64_t uncharged = 0;
  Capture capture[kMaxCaptures];

  Matcher(lua_State* state, ChargeSteps charge_steps, const char* s, size_t ls, const char* p, size_t lp)
      : L(state), charge(charge_steps), src_init(s), src_end(s + ls), p_end(p + lp) {}

  void restart() {
    level = 0;
    depth = 0;
  }

  void step() {
    if (++uncharged < kChargeEvery) return;
    settle();
  }

  // Charges the steps not yet charged; raises when the budget is spent.
  void settle() {
    uint64_t steps = uncharged;
    uncharged = 0;
    if (steps > 0 && !charge(L, steps)) luaL_error(L, "rule stopped: over its budget");
  }

  // The end of the single-character class starting at p.
  const char* class_end(const char* p) {
    char c = *p++;
    if (c == kEscape) {
      if (p == p_end) luaL_error(L, "malformed pattern (ends with '%%')");
      return p + 1;
    }
    if (c == '[') {
      if (*p == '^') p++;
      do {
        if (p == p_end) luaL_error(L, "malformed pattern (missing ']')");
        if (*(p++) == kEscape && p < p_end) p++;  // an escape such as '%]'
      } while (*p != ']');
      return p + 1;
    }
    return p;
  }

  static bool match_class(int c, int cl) {
    bool result;
    switch (std::tolower(cl)) {
      case 'a': result = std::isalpha(c); break;
      case 'c': result = std::iscntrl(c); break;
      case 'd': result = std::isdigit(c); break;
      case 'g': result = std::isgraph(c); break;
      case 'l': result = std::islower(c); break;
      case 'p': result = std::ispunct(c); break;
      case 's': result = std::isspace(c); break;
      case 'u': result = std::isupper(c); break;
      case 'w': result = std::isalnum(c); break;
      case 'x': result = std::isxdigit(c); break;
      default: return cl == c;
    }
    return std::isupper(cl) ? !result : result;
  }

  // Whether c is in the set [ ... ] from p (the '[') to end (the ']').
  static bool match_bracket_class(int c, const char* p, const char* end) {
    bool in_set = true;
    if (*(p + 1) == '^') {
      in_set = false;
      p++;
    }
    while (++p < end) {
      if (*p == kEscape) {
        p++;
        if (match_class(c, uchar(*p))) return in_set;
      } else if (*(p + 1) == '-' && p + 2 < end) {
        p += 2;
        if (uchar(*(p - 2)) <= c && c <= uchar(*p)) return in_set;
      } else if (uchar(*p) == c) {
        return in_set;
      }
    }
    return !in_set;
  }

  bool single_match(const char* s, const char* p, const char* class_end_at) const {
    if (s >= src_end) return false;
    int c = uchar(*s);
    switch (*p) {
      case '.': return true;
      case kEscape: return match_class(c, uchar(*(p + 1)));
      case '[': return match_bracket_class(c, p, class_end_at - 1);
      default: return uchar(*p) == c;
    }
  }

  const char* match_balance(const char* s, const char* p) {
    if (p >= p_end - 1) luaL_error(L, "malformed pattern (missing arguments to '%%b')");
    if (*s != *p) return nullptr;
    char open = *p, close = *(p + 1);
    int depth_of_nesting = 1;
    while (++s < src_end) {
      step();
      if (*s == close) {
        if (--depth_of_nesting == 0) return s + 1;
      } else if (*s == open) {
        depth_of_nesting++;
      }
    }
    return nullptr;
  }

  const char* max_expand(const char* s, const char* p, const char* ep) {
    ptrdiff_t count = 0;
    while (single_match(s + count, p, ep)) {
      step();
      count++;
    }
    for (; count >= 0; count--) {
      if (const char* end = match(s + count, ep + 1)) return end;
    }
    return nullptr;
  }

  const char* min_expand(const char* s, const char* p, const char* ep) {
    for (;;) {
      if (const char* end = match(s, ep + 1)) return end;
      if (!single_match(s, p, ep)) return nullptr;
      s++;
    }
  }

  const char* start_capture(const char* s, const char* p, ptrdiff_t what) {
    if (level >= kMaxCaptures) luaL_error(L, "too many captures");
    capture[level].init = s;
    capture[level].len = what;
    level++;
    const char* end = match(s, p);
    if (!end) level--;
    return end;
  }

  const char* end_capture(const char* s, const char* p) {
    int open = capture_to_close();
    capture[open].len = s - capture[open].init;
    const char* end = match(s, p);
    if (!end) capture[open].len = kUnfinished;
    return end;
  }

  int capture_to_close() {
    for (int open = level - 1; open >= 0; open--)
      if (capture[open].len == kUnfinished) return open;
    return luaL_error(L, "invalid pattern capture");
  }

  const char* match_capture(const char* s, int digit) {
    int index = digit - '1';
    if (index < 0 || index >= level || capture[index].len == kUnfinished)
      luaL_error(L, "invalid capture index %%%d", index + 1);
    size_t length = static_cast<size_t>(capture[index].len);
    if (static_cast<size_t>(src_end - s) >= length && std::memcmp(capture[index].init, s, length) == 0)
      return s + length;
    return nullptr;
  }

  // The end of the match of pattern p at s, or nullptr.
  const char* match(const char* s, const char* p) {
    if (depth >= kMaxDepth) luaL_error(L, "pattern too complex");
    struct Nesting {
      int& depth;
      ~Nesting() { --depth; }
    } nesting{++depth};
    while (p != p_end) {
      step();
      switch (*p) {
        case '(':
          if (*(p + 1) == ')') return start_capture(s, p + 2, kPosition);
          return start_capture(s, p + 1, kUnfinished);
        case ')':
          return end_capture(s, p + 1);
        case '$':
          if (p + 1 == p_end) return s == src_end ? s : nullptr;
          break;  // a '$' inside the pattern is a plain character
        case kEscape:
          switch (*(p + 1)) {
            case 'b':
              s = match_balance(s, p + 2);
              if (!s) return nullptr;
              p += 4;
              continue;
            case 'f': {
              p += 2;
              if (*p != '[') luaL_error(L, "missing '[' after '%%f' in pattern");
              const char* ep = class_end(p);
              int previous = s == src_init ? '\0' : uchar(*(s - 1));
              if (!match_bracket_class(previous, p, ep - 1) && match_bracket_class(uchar(*s), p, ep - 1)) {
                p = ep;
                continue;
              }
              return nullptr;
            }
            default:
              if (std::isdigit(uchar(*(p + 1)))) {
                s = match_capture(s, uchar(*(p + 1)));
                if (!s) return nullptr;
                p += 2;
                continue;
              }
              break;  // a class such as %d
          }
          break;
        default:
          break;
      }
      const char* ep = class_end(p);
      if (!single_match(s, p, ep)) {
        if (*ep == '*' || *ep == '?' || *ep == '-') {  // may match nothing
          p = ep + 1;
          continue;
        }
        return nullptr;
      }
      switch (*ep) {
        case '?':
          if (const char* end = match(s + 1, ep + 1)) return end;
          p = ep + 1;
          continue;
        case '+': return max_expand(s + 1, p, ep);
        case '*': return max_expand(s, p, ep);
        case '-': return min_expand(s, p, ep);
        default:
          s++;
          p = ep;
          continue;
      }
    }
    return s;
  }

  // [-0, +1] Capture i of the match s..e (the whole match when there are no captures).
  void push_capture(int i, const char* s, const char* e) {
    if (i >= level) {
      if (i != 0) luaL_error(L, "invalid capture index %%%d", i + 1);
      lua_pushlstring(L, s, static_cast<size_t>(e - s));
      return;
    }
    ptrdiff_t length = capture[i].len;
    if (length == kUnfinished) luaL_error(L, "unfinished capture");
    if (length == kPosition) lua_pushinteger(L, capture[i].init - src_init + 1);
    else lua_pushlstring(L, capture[i].init, static_cast<size_t>(length));
  }

  // Pushes every capture (or the whole match when s is given and there are none).
  int push_captures(const char* s, const char* e) {
    int count = (level == 0 && s) ? 1 : level;
    luaL_checkstack(L, count, "too many captures");
    for (int i = 0; i < count; i++) push_capture(i, s, e);
    return count;
  }
};

// Lua's rule for a start position: negative counts from the end; 0 and too far back mean 1.
size_t start_position(lua_Integer position, size_t length) {
  if (position > 0) return static_cast<size_t>(position);
  if (position == 0 || position < -static_cast<lua_Integer>(length)) return 1;
  return length + static_cast<size_t>(position) + 1;
}

bool has_specials(const char* p, size_t length) {
  for (size_t i = 0; i < length; ++i)
    if (p[i] != '\0' && std::strchr(kSpecials, p[i])) return true;
  return false;
}

// string.find and string.match.
int find_or_match(lua_State* L, bool find) {
  size_t ls = 0, lp = 0;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  size_t init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
  ChargeSteps charge = charge_of(L, 1);
  if (init > ls) {
    luaL_pushfail(L);
    return 1;
  }
  if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
    // A plain search: linear for short needles; Boyer-Moore for long ones.
    std::string_view haystack(s + init, ls - init), needle(p, lp);
    if (!charge(L, ls - init + 1)) return luaL_error(L, "rule stopped: over its budget");
    size_t at = needle.size() <= 64
                    ? haystack.find(needle)
                    : static_cast<size_t>(std::search(haystack.begin(), haystack.end(),
                                                      std::boyer_moore_searcher(needle.begin(), needle.end())) -
                                          haystack.begin());
    if (at != std::string_view::npos && at + needle.size() <= haystack.size()) {
      lua_pushinteger(L, static_cast<lua_Integer>(init + at + 1));
      lua_pushinteger(L, static_cast<lua_Integer>(init + at + lp));
      return 2;
    }
    luaL_pushfail(L);
    return 1;
  }
  bool anchored = *p == '^';
  if (anchored) {
    p++;
    lp--;
  }
  Matcher m(L, charge, s, ls, p, lp);
  const char* start = s + init;
  do {
    m.restart();
    if (const char* end = m.match(start, p)) {
      m.settle();
      if (!find) return m.push_captures(start, end);
      lua_pushinteger(L, start - s + 1);
      lua_pushinteger(L, end - s);
      return m.push_captures(nullptr, nullptr) + 2;
    }
  } while (start++ < m.src_end && !anchored);
  m.settle();
  luaL_pushfail(L);
  return 1;
}

int bounded_find(lua_State* L) { return find_or_match(L, true); }
int bounded_match(lua_State* L) { return find_or_match(L, false); }

// The state of one string.gmatch iteration, kept in a userdata upvalue.
struct GmatchState {
  const char* next;
  const char* pattern;
  const char* last_match;
  Matcher m;
};

int gmatch_next(lua_State* L) {
  auto* state = static_cast<GmatchState*>(lua_touserdata(L, lua_upvalueindex(3)));
  state->m.L = L;
  for (const char* start = state->next; start <= state->m.src_end; start++) {
    state->m.restart();
    const char* end = state->m.match(start, state->pattern);
    if (end && end != state->last_match) {
      state->next = state->last_match = end;
      state->m.settle();
      return state->m.push_captures(start, end);
    }
  }
  state->m.settle();
  return 0;
}

int bounded_gmatch(lua_State* L) {
  size_t ls = 0, lp = 0;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  size_t init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) init = ls + 1;  // past the end: no match at all
  ChargeSteps charge = charge_of(L, 1);
  lua_settop(L, 2);  // the subject and the pattern stay alive as upvalues
  auto* state = static_cast<GmatchState*>(lua_newuserdatauv(L, sizeof(GmatchState), 0));
  new (state) GmatchState{s + init, p, nullptr, Matcher(L, charge, s, ls, p, lp)};
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}

// Appends the replacement string (argument 3) for the match s..e, expanding %0-%9 and %%.
void add_replacement_string(Matcher& m, luaL_Buffer* b, const char* s, const char* e) {
  lua_State* L = m.L;
  size_t length = 0;
  const char* text = lua_tolstring(L, 3, &length);
  const char* end = text + length;
  for (const char* at; (at = static_cast<const char*>(std::memchr(text, kEscape, end - text))) != nullptr;) {
    luaL_addlstring(b, text, at - text);
    char next = at + 1 < end ? at[1] : '\0';
    if (next == kEscape) {
      luaL_addchar(b, kEscape);
    } else if (next == '0') {
      luaL_addlstring(b, s, e - s);
    } else if (std::isdigit(uchar(next))) {
      m.push_capture(next - '1', s, e);
      luaL_tolstring(L, -1, nullptr);  // a position capture is a number
      lua_remove(L, -2);
      luaL_addvalue(b);
    } else {
      luaL_error(L, "invalid use of '%c' in replacement string", kEscape);
    }
    text = at + 2;
  }
  if (text < end) luaL_addlstring(b, text, end - text);
}

// Appends the replacement for the match s..e; false when the match is kept as it was.
bool add_replacement(Matcher& m, luaL_Buffer* b, const char* s, const char* e, int replacement_type) {
  lua_State* L = m.L;
  if (replacement_type == LUA_TFUNCTION) {
    lua_pushvalue(L, 3);
    int count = m.push_captures(s, e);
    lua_call(L, count, 1);
  } else if (replacement_type == LUA_TTABLE) {
    m.push_capture(0, s, e);
    lua_gettable(L, 3);
  } else {
    add_replacement_string(m, b, s, e);
    return true;
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, e - s);
    return false;
  }
  if (!lua_isstring(L, -1)) return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  luaL_addvalue(b);
  return true;
}

int bounded_gsub(lua_State* L) {
  size_t ls = 0, lp = 0;
  const char* src = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  int replacement_type = lua_type(L, 3);
  lua_Integer max_replacements = luaL_optinteger(L, 4, static_cast<lua_Integer>(ls) + 1);
  luaL_argexpected(L,
                   replacement_type == LUA_TNUMBER || replacement_type == LUA_TSTRING ||
                       replacement_type == LUA_TFUNCTION || replacement_type == LUA_TTABLE,
                   3, "string/function/table");
  ChargeSteps charge = charge_of(L, 1);
  bool anchored = *p == '^';
  if (anchored) {
    p++;
    lp--;
  }
  Matcher m(L, charge, src, ls, p, lp);
  const char* last_match = nullptr;
  lua_Integer count = 0;
  bool changed = false;
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  while (count < max_replacements) {
    m.restart();
    const char* end = m.match(src, p);
    if (end && end != last_match) {
      count++;
      changed = add_replacement(m, &b, src, end, replacement_type) || changed;
      src = last_match = end;
    } else if (src < m.src_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchored) break;
  }
  m.settle();
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, src, m.src_end - src);
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, count);
  return 2;
}

}  // namespace

void install_bounded_patterns(lua_State* L, int string_table, ChargeSteps charge) {
  string_table = lua_absindex(L, string_table);
  static const luaL_Reg kFunctions[] = {
      {"find", bounded_find}, {"match", bounded_match}, {"gmatch", bounded_gmatch}, {"gsub", bounded_gsub}};
  for (const luaL_Reg& function : kFunctions) {
    *static_cast<ChargeSteps*>(lua_newuserdatauv(L, sizeof(ChargeSteps), 0)) = charge;
    lua_pushcclosure(L, function.func, 1);
    lua_setfield(L, string_table, function.name);
  }
}

}  // namespace plancheck
