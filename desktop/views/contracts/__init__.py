"""The contracts page: the office manager's prepaid-hours overview (balances,
used share, expiry and forecast, the ledger, top-ups and the statement) and
the list of every contract."""
