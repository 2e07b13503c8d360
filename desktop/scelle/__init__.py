"""Scellé: evidence handling with an encrypted vault and a signed, hash-chained journal."""

__version__ = "0.1.0"
