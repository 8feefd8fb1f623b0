#!/usr/bin/env bash
# Set up a fresh machine for edition: the Debian packages it needs, and a virtualenv in
# .venv with the project and its test tools. Safe to run again: each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
# libharfbuzz-subset0: WeasyPrint subsets CJK fonts in 0.2 s with it, 10 s or more without.
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset\.so\.0' || need_apt+=(libharfbuzz-subset0)
# poppler-utils: pdftotext/pdffonts/pdftoppm, used by the tests to read the PDFs back.
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# epubcheck: the W3C EPUB validator; the tests check the EPUB editions with it.
command -v epubcheck >/dev/null 2>&1 || need_apt+=(epubcheck)
# chromium: the tests render the live preview (edition serve) in headless Chromium.
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# WeasyPrint's own libraries (present on most machines; named so a bare one gets them).
ldconfig -p 2>/dev/null | grep -q 'libpango-1\.0\.so\.0' || need_apt+=(libpango-1.0-0 libpangoft2-1.0-0)
if ((${#need_apt[@]})); then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "setup: creating .venv and installing the project"
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -c 'import weasyprint, opencc, pypinyin, fontTools, uharfbuzz, pikepdf, pytest, markdown_it, trafilatura, docx, genanki, platformdirs, watchfiles'
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# The project's own bytecode, compiled ahead: an editable install leaves it to the first
# import, and where PYTHONDONTWRITEBYTECODE is set (container images often set it) every
# build compiled ~90 modules again (0.1 s a build). Up-to-date files are skipped.
.venv/bin/python -m compileall -q -j 0 edition >/dev/null
