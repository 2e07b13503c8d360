"""Speed measurements of Scellé (DESIGN §8): run with ``make bench``; not timed tests."""
