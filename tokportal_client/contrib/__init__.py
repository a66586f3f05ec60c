"""Adapters for job engines, each behind its own extra: ``tokportal_client.contrib.temporal`` (``[temporal]``) and
``tokportal_client.contrib.celery`` (``[celery]``). Nothing here is imported by ``import tokportal_client``."""
