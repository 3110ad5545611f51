"""Following, with no account: what an address follows, kept in SQLite, and the news each follow has.

    store       the subscriptions database: addresses, follows, what was sent, the messages' unsubscribe tokens
    news        what a follow has to tell since it was last told: new questions, new answers, a question's end
    send        one sending run: a message per address, each question once, recorded when the server accepts it
"""
