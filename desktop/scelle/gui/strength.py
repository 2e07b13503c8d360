"""A password strength estimate for the meter (advice only: the core's rule is 8 characters)."""

from __future__ import annotations

import math
import re

# A few of the passwords every list of leaked passwords starts with (and words of the trade).
_COMMON = {
    "password", "motdepasse", "azerty", "qwerty", "123456", "letmein", "welcome", "admin",
    "police", "gendarmerie", "scelle", "evidence", "iloveyou", "soleil", "bonjour", "secret",
}  # fmt: skip


def strength(password: str) -> int:
    """0 (empty or very weak) to 4 (strong), from length, variety and obvious patterns."""
    if not password:
        return 0
    pool = 0
    if re.search(r"[a-z]", password):
        pool += 26
    if re.search(r"[A-Z]", password):
        pool += 26
    if re.search(r"\d", password):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", password):
        pool += 33
    distinct = len(set(password))
    bits = min(len(password), distinct * 2) * math.log2(max(pool, 2))
    lowered = password.lower()
    if any(word in lowered for word in _COMMON):
        bits -= 25
    if re.fullmatch(r"(.)\1*", password) or re.fullmatch(r"\d+", password):
        bits = min(bits, 20)
    if len(password) < 8:
        return 0 if bits < 20 else 1
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4
