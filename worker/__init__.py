"""Onrecord: alerts when a tracked person or organisation goes on the record."""

__version__ = "0.1.0"
