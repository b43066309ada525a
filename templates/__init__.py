"""Jinja2 templates: customer replies (`replies/<lang>/`) and the staff console's pages.

A package only so that an installed intake finds its templates beside its code.
"""
