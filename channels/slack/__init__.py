"""The Slack bot: each Slack team is a workspace, each Slack thread a conversation.

``bot.py`` builds the slack-bolt app (acknowledge at once, work in lazy listeners), ``channel.py``
shows a turn in a thread through the Web API, ``text.py`` makes store text safe for Slack and
``run.py`` serves it (Socket Mode, or HTTP at /slack/events).
"""
