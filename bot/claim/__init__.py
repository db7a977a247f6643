"""The claim file: the incident's timeline, the insurer's first notice (事故報告メモ) and
the draft report to 個人情報保護委員会, built from one conversation.

`timeline` and `asking` are what the engine records and asks while the conversation goes
on; `file` gathers a conversation into one `ClaimFile`, which `markdown` and `json_file`
render for the CLI, the console and Slack alike.
"""
