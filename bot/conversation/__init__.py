"""The conversation: one message in, one `Reply` out, and the state that carries over.

May import `bot.advice`, `bot.labels`, `nlu`, `coverage`; never a front (`render`,
`console`, `slack`).
"""
