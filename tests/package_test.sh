#!/bin/sh
# The Debian package as a user gets it (issue 14), in three steps that ctest runs:
#   package_test.sh build   BUILD_DIR WORK_DIR            cpack -G DEB, then dpkg -x into WORK_DIR/root
#   package_test.sh run     BUILD_DIR WORK_DIR SOURCE_DIR the unpacked binary, from /, finds what the build tree's finds;
#                                                         copied away from any data folder it exits 2
#   package_test.sh lintian BUILD_DIR WORK_DIR            lintian reports no error
# Exit 77 (ctest: skipped) when a tool it needs is missing.
set -eu
step=$1 build=$2 work=$3
skip() { echo "skipped: $*"; exit 77; }

case $step in
build)
  command -v cpack >/dev/null || skip "cpack not installed"
  command -v dpkg-deb >/dev/null || skip "dpkg-deb not installed"
  rm -rf "$work" && mkdir -p "$work/pkg"
  (cd "$build" && cpack -G DEB -B "$work/pkg") > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
  deb=$(ls "$work"/pkg/plancheck_*.deb)
  dpkg-deb -x "$deb" "$work/root"
  dpkg-deb -I "$deb"
  test -x "$work/root/usr/bin/plancheck"
  test -d "$work/root/usr/share/plancheck/rules"
  test -d "$work/root/usr/share/plancheck/schemas"
  test -f "$work/root/usr/share/plancheck/.luacheckrc"
  test -f "$work/root/usr/share/man/man1/plancheck.1.gz"
  test -f "$work/root/usr/share/doc/plancheck/copyright"
  test -f "$work/root/usr/share/doc/plancheck/changelog.gz"
  dpkg-deb -f "$deb" Depends | grep -q libc6 || { echo "Depends not computed"; exit 1; }
  dpkg-deb -f "$deb" Description | grep -q 'plancheck reads an implementation plan' || { echo "no description"; exit 1; }
  if dpkg-deb -f "$deb" Description | grep -q '^ *;'; then echo "description mangled"; exit 1; fi
  ;;
run)
  source=$4
  test -x "$work/root/usr/bin/plancheck" || skip "no unpacked package (the build step was skipped)"
  unpacked=$work/root/usr/bin/plancheck
  set -- check --plan "$source/fixtures/plans/004-liaocheng.xml" --as-of 2023-11-20 --format json \
    "$source/fixtures/reports/004"
  cd /
  status=0; "$build/plancheck" "$@" > "$work/built.json" || status=$?
  unpacked_status=0; PLANCHECK_HOME="$work/root/usr/share/plancheck" "$unpacked" "$@" > "$work/unpacked.json" \
    || unpacked_status=$?
  echo "build tree: exit $status; unpacked with PLANCHECK_HOME: exit $unpacked_status"
  test "$status" = "$unpacked_status"
  cmp "$work/built.json" "$work/unpacked.json"
  grep -q '"rule"' "$work/unpacked.json"
  # Without PLANCHECK_HOME it finds ../share/plancheck beside its bin/.
  unset PLANCHECK_HOME
  env -u PLANCHECK_HOME "$unpacked" "$@" > "$work/relative.json" || true
  cmp "$work/built.json" "$work/relative.json"
  # SARIF names the rules plancheck:rules/x.lua, never where they are installed.
  env -u PLANCHECK_HOME "$unpacked" check --plan "$source/fixtures/plans/004-liaocheng.xml" --as-of 2023-11-20 \
    --format sarif "$source/fixtures/reports/004" > "$work/out.sarif" || true
  grep -q 'plancheck:rules/' "$work/out.sarif"
  if grep -q "$work/root" "$work/out.sarif"; then echo "SARIF carries the install path"; exit 1; fi
  # cmake --install into a prefix of its own: the same, found beside its bin/.
  cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
  env -u PLANCHECK_HOME "$work/prefix/bin/plancheck" "$@" > "$work/installed.json" || true
  cmp "$work/built.json" "$work/installed.json"
  # A lone binary with no data folder in reach: exit 2, not a clean run.
  mkdir -p "$work/lonely"
  cp "$unpacked" "$work/lonely/plancheck"
  if [ -d /usr/local/share/plancheck/rules ] || [ -d /usr/share/plancheck/rules ]; then
    echo "note: a plancheck is installed on this machine; the lone-binary check is skipped"
  else
    lone=0; env -u PLANCHECK_HOME "$work/lonely/plancheck" "$@" > /dev/null 2> "$work/lonely.err" || lone=$?
    cat "$work/lonely.err"
    test "$lone" = 2
    grep -q 'PLANCHECK_HOME' "$work/lonely.err"
  fi
  ;;
lintian)
  command -v lintian >/dev/null || skip "lintian not installed"
  deb=$(ls "$work"/pkg/plancheck_*.deb 2>/dev/null) || skip "no package (the build step was skipped)"
  lintian --fail-on error --no-tag-display-limit "$deb"
  ;;
esac
