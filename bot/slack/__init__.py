"""The Slack front: the bolt app (`app`), how it runs (`serve`, `http_server`), its
listeners (`listeners/`) and its Block Kit messages (`blocks/`).

The only room that imports `slack_bolt` or `slack_sdk`.
"""
