"""Operations: the clock (APScheduler), logging with redaction, and the /healthz and /metrics endpoint."""
