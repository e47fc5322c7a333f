"""Alerts: which stored judgements make a new alert, and (later) how alerts are delivered."""
