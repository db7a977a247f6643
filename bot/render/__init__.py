"""What a reply shows and in what order (`layout`), and its parts as plain-text lines.

Pure functions of a `Reply`; both fronts render the same layout. May import
`bot.conversation`, `bot.advice`, `bot.labels`, `coverage`; never `slack_bolt`.
"""
