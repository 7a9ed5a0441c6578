"""First-contact request sets written by people who never saw the planner, and the checks that judge them.

Each round's checks (``roundN_checks.py``) were written from the cases' ``meant`` and ``wrong_if``
before the planner was run on them: a person's reading of each case, encoded as a small function.
"""
