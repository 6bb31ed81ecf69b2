"""What every floor of the services shares: exact money, typed numbers and hours, billing periods,
the errors the window and the command line catch, business settings and business hours."""
