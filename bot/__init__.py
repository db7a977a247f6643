"""サイバー事故ナビ's conversation and its two fronts, in rooms by concern.

- `conversation/`: the engine, its state and store, the questions, the reply model.
- `advice/`: what to do now, whom to call, what to report (domain data from `config/`).
- `render/`: the one reply layout and its plain-text lines.
- `console/`: `cyberbot chat`, the engine in a terminal.
- `slack/`: the bolt app, its listeners and Block Kit; the only room that imports
  `slack_bolt` or `slack_sdk`.

Shared by every room: `labels` (Japanese names and sentences), `errors`, `settings`.
Dependencies point one way: slack, console → render → conversation → advice → nlu, coverage.
"""
