#!/usr/bin/env bash
# What bench/run.py needs beyond scripts/setup.sh: XeLaTeX with ctex and xpinyin, the yardstick
# it times the booklet against (bench/latex.py). Only for the bench: the tests never need TeX.
# Safe to run again: nothing is installed when xelatex already finds both packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v xelatex >/dev/null 2>&1 && kpsewhich xpinyin.sty ctexart.cls >/dev/null 2>&1; then
  exit 0
fi
echo "setup-bench: installing texlive-xetex and texlive-lang-chinese (ctex, xpinyin; about 1 GB)"
sudo_cmd=()
[ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
  texlive-xetex texlive-lang-chinese >/dev/null
