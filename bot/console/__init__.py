"""`cyberbot chat`: the conversation engine in a terminal, rendered as plain text.

May import `bot.conversation` and `bot.render`; never `slack_bolt`.
"""
