"""Fault injection: tariffwatch attacked the way the real world will attack it."""
