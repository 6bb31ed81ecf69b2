"""The shop itself: its company profile, VAT rates, number series, work types, technicians, rate
rules and catalogue."""
