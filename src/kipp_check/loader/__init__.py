"""Loading: YAML with positions, attachments."""
