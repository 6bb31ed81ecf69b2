"""On-site visits: the list, the visit form, the signature pad and the
report preview."""
