"""Domain advice from `config/`: checklists (`guidance`), whom to call (`contacts`), duties
to 個人情報保護委員会 (`reporting`), and their bundle for one reply (`build`).

May import `bot.labels`, `bot.errors`, `nlu`, `coverage`; nothing of the conversation or
the fronts.
"""
