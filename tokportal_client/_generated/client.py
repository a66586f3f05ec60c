"""Not used: the clients are ``tokportal_client.TokPortal`` and ``tokportal_client.AsyncTokPortal``."""
