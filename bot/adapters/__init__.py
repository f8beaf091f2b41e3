"""Chat platforms: one module per platform, none importing another."""
