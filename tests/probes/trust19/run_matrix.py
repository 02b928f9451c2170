#!/usr/bin/python3
"""Runs every hostile input through each command and prints a table (trust19).

    /usr/bin/python3 tests/probes/trust19/run_matrix.py PLANCHECK DIR [--lang en] [--only NAME…]

DIR: the files make_hostile.py wrote (plus what tests/data/sources/ already holds: an
encrypted and a scanned PDF, a real .doc). Each input goes through `check` beside a good
report (whose findings must still be there: "others" says whether it was checked),
`status` the same way, `import-report` and `import-plan`, under /usr/bin/time -v and a
120 s timeout. A listener on 127.0.0.1:8765 counts connections (no network while reading).
Columns: command, input, exit, max RSS (MB), seconds, others checked, first message line.
"""
import os
import re
import socket
import subprocess
import sys
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PLAN = os.path.join(ROOT, "fixtures/plans/004-liaocheng.xml")
GOOD = os.path.join(ROOT, "fixtures/status/004/shebao-2023-11.xml")
SOURCES = os.path.join(ROOT, "tests/data/sources")
connections = []


def listen():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 8765))
    s.listen(5)
    while True:
        c, _ = s.accept()
        connections.append(c.recv(200))
        c.close()


def run(argv):
    cmd = ["/usr/bin/time", "-v", "timeout", "120"] + argv
    env = dict(os.environ, PLANCHECK_HOME=ROOT)
    p = subprocess.run(cmd, capture_output=True, env=env)
    err = p.stderr.decode("utf-8", "replace")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", err)
    secs = 0.0
    if wall:
        parts = wall.group(1).split(":")
        secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(parts)))
    own = err[: err.find("\tCommand being timed")] if "\tCommand being timed" in err else err
    return p.returncode, int(rss.group(1)) // 1024 if rss else -1, secs, p.stdout.decode("utf-8", "replace"), own


def first_message(out, err, name):
    for text in (err, out):
        for line in text.splitlines():
            if name in line or "plancheck:" in line:
                return line.strip()[:150]
    lines = (err or out).strip().splitlines()
    return (lines[0][:150] if lines else "(nothing)")


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    lang = ["--lang", "en"] if "--lang" in sys.argv else []
    only = sys.argv[sys.argv.index("--only") + 1:] if "--only" in sys.argv else None
    threading.Thread(target=listen, daemon=True).start()
    inputs = sorted(os.path.join(folder, f) for f in os.listdir(folder))
    for extra in ("encrypted.pdf", "scanned.pdf", "merged-table.doc"):
        inputs.append(os.path.join(SOURCES, extra))
    if only:
        inputs = [p for p in inputs if os.path.basename(p) in only]
    good_status = [l for l in run([binary, "status", "--plan", PLAN, "--as-of", "2023-11-20", *lang, GOOD])[3].splitlines()
                   if "区社保中心" in l]
    print("| command | input | exit | MB | s | others | message |")
    print("|---|---|---|---|---|---|---|")
    for path in inputs:
        name = os.path.basename(path)
        runs = {
            "check": [binary, "check", "--plan", PLAN, "--as-of", "2023-11-20", *lang, path, GOOD],
            "status": [binary, "status", "--plan", PLAN, "--as-of", "2023-11-20", *lang, path, GOOD],
            "import-report": [binary, "import-report", "--plan", PLAN, *lang, path],
            "import-plan": [binary, "import-plan", "--review", "none", *lang, path],
        }
        for command, argv in runs.items():
            before = len(connections)
            code, rss, secs, out, err = run(argv)
            others = ""
            if command == "check":
                others = "yes" if re.search(r"(?m)^(通过|不通过|accepted|rejected) +\S*shebao-2023-11.xml", out) else "NO"
            elif command == "status":
                others = "yes" if all(l in out for l in good_status) else "NO"
            net = " NETWORK" if len(connections) > before else ""
            msg = first_message(out, err, name).replace("|", "\\|")
            print("| %s | %s | %d | %d | %.1f | %s | %s%s |" % (command, name, code, rss, secs, others, msg, net))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
