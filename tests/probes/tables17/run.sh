#!/bin/sh
# Imports and checks every table of this folder (txt and html) against its plan.
# usage: run.sh PLANCHECK [heldout|dev]   (the unit and date are given for pages that name none)
PC=${1:-../../../build/plancheck}; SET=${2:-heldout}
for f in $SET/*.txt $SET/*.html; do
  case $f in *.page.txt) continue;; esac
  base=${f%.*}; plan=$base.plan.xml
  echo "=== $f"
  "$PC" import-report "$f" --plan "$plan" --unit 报送单位未写明 --submitted 2024-01-01 2>&1
  echo "--- check"
  "$PC" check --plan "$plan" "$f" --unit 报送单位未写明 --submitted 2024-01-01 2>&1 | head -40
done
