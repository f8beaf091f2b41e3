"""Where stories come from: KBS RSS feeds (with their article pages) and seed files."""
