"""Block Kit payloads: pure builders, no Web API calls. `kit` keeps Slack's limits; `reply`
renders the reply layout; `escalation` and `home` build their own messages."""
