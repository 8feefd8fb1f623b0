# The two set-up commands of the README. Both set up a fresh machine first (scripts/setup.sh).
.PHONY: edition test bench setup

edition: setup
	.venv/bin/python make_edition.py

test: setup
	.venv/bin/python -m pytest -p no:cacheprovider

bench: setup
	.venv/bin/python bench/run.py

setup:
	@scripts/setup.sh
