// The service's one style sheet, served at /static/style.css (the pages allow no inline style).
#include "pages.h"

namespace plancheck::service {

const char* const kStyleSheet = R"css(
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; margin: 0; color: #1d1d1f; background: #f6f7f9; }
header { background: #8b1a1a; color: #fff; padding: .6em 1.2em; display: flex; justify-content: space-between; align-items: center; }
header a, header button { color: #fff; }
main { padding: 1em 1.2em; max-width: 1200px; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; background: #fff; margin: .5em 0; }
th, td { border: 1px solid #d0d4da; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #eef0f3; }
.done { background: #d7f0dc; } .on-track { background: #e3ecfb; } .due-soon { background: #fff0c2; }
.overdue { background: #f8d0d0; } .not-reported { background: #e4e4e4; color: #555; }
.error { color: #a40000; } .warning { color: #8a5a00; } .info { color: #335; }
.notice { padding: .6em 1em; border-left: 4px solid #8b1a1a; background: #fff; margin: 1em 0; }
.refused { border-left-color: #a40000; background: #fff2f2; }
.added { background: #fde2e2; } .fixed { background: #dff3e3; text-decoration: line-through; } .open { background: #fff7d6; }
.legend span { display: inline-block; padding: .1em .6em; margin-right: .4em; border: 1px solid #ccc; }
#matrix td, #matrix th { white-space: nowrap; }  /* a unit's name on one line, not a character a line */
form.inline { display: inline; }
textarea { width: 100%; min-height: 8em; }
code { font-size: .9em; }
)css";

}  // namespace plancheck::service
