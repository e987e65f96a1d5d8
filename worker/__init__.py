"""Onrecord: alerts when a tracked person or organisation goes on the record."""
