#!/usr/bin/env bash
# Installs, from Debian's packages, whatever plancheck needs that this machine lacks.
# Idempotent: with everything present it asks apt nothing.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  liblua5.4-dev libpugixml-dev libspdlog-dev catch2 libxml2-dev libxml2-utils
  libcli11-dev nlohmann-json3-dev libutf8proc-dev libtomlplusplus-dev
  libopencc-dev  # traditional-character plans: keywords read through OpenCC's t2s
  lua-check python3 python3-jsonschema
  libzip-dev libpoppler-cpp-dev poppler-data  # document readers: .docx and PDF (CID fonts)
  clang libclang-rt-14-dev  # scripts/fuzz.sh: libFuzzer targets
  chromium fonts-wqy-microhei  # tests open the HTML report headless; a CJK font for its screenshot
  python3-docx libreoffice-writer-nogui poppler-utils  # Word reports: annotate; fixtures/reports/word/make.py; its tests
  help2man dpkg-dev lintian  # the man page, the package's computed Depends, and its lint (ctest -L package)
  libcpp-httplib-dev libsqlitecpp-dev libsodium-dev  # plancheck serve: HTTP, the SQLite store, passwords and tokens
  libpqxx-dev postgresql  # plancheck serve --db postgresql://…; its test starts a throwaway cluster (initdb, pg_ctl)
  chromium-driver python3-selenium  # plancheck serve's browser test (service/browser_test.py)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The SARIF Multitool (Microsoft's SARIF validator, what GitHub code scanning's checks
# follow), from npm: a self-contained .NET build, no .NET runtime needed. Optional:
# tests/cli_supervisor_output_test.cc runs it when it is here (or at $SARIF_MULTITOOL).
multitool=/opt/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$multitool" ] && command -v npm >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO mkdir -p /opt/sarif-multitool
  (cd /opt/sarif-multitool && $SUDO npm install --no-audit --no-fund --silent @microsoft/sarif-multitool@5.7.0) || true
  [ -f "$multitool" ] && $SUDO chmod +x "$multitool"
fi
