# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""Hand-written parts for scripts/data/smollm2_shift.py (see that script's docstring)."""
