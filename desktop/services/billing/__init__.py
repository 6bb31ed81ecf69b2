"""From work to money: which rate and rounding apply, pricing and VAT, invoice lines, drafts,
numbering and issuing, credit notes and payments, the month-end run."""
