"""Discord: digests as embeds in a channel (bot or webhook) and the slash commands."""
