"""The public cache: pages, feeds, the sitemap and the API's answers for anonymous readers, kept
until something they show changes (docs/caching.md).

`generations` names what a cached answer depends on and moves a name's token when it changes;
`answers` stores and serves answers under those tokens; `triggers` moves the tokens from every
change that reaches the public; `middleware` serves a hit before any other middleware runs;
`store` is the file store used without Redis.
"""
