"""Code generated from openapi.json by ``make generate``. Do not edit: change the spec or custom_templates/."""
