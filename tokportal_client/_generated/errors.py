"""Not used: errors are in ``tokportal_client.errors``."""
