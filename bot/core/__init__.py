"""The core: what newsbot does, with no I/O library in sight.

Plain data (`domain`), the ports the outside implements (`ports`), the use cases (`stories`, `digests`,
`on_demand_summary`) and the pure rules they share (i18n, message splitting, schedule arithmetic, URL keys,
errors). It depends only on the stdlib and the summarizer; `bot.sources`, `bot.store`, `bot.adapters` and
`bot.ops` implement its ports, and `bot.app` wires them together. import-linter enforces this in `make test`.
"""
