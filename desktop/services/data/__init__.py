"""Moving data in and out: CSV imports (including the peers' exports) and exports for the
accountant and spreadsheets."""
