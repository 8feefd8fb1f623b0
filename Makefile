# The two set-up commands of the README. Both set up a fresh machine first (scripts/setup.sh).
.PHONY: edition test bench setup

edition: setup
	.venv/bin/python make_edition.py

test: setup
	.venv/bin/python -m pytest -p no:cacheprovider

# The bench also times XeLaTeX + xpinyin on the same article: scripts/setup-bench.sh installs it.
bench: setup
	@scripts/setup-bench.sh
	.venv/bin/python bench/run.py

setup:
	@scripts/setup.sh
