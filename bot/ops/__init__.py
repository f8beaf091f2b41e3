"""Operations: metrics and the health/metrics HTTP endpoint of `newsbot run`."""
