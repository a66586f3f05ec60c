"""Code generated from openapi.json (contract 2026-05-25) by ``make generate``.

Do not edit: change the spec or custom_templates/.
"""
