"""The Session side of each document: reads what an invoice, visit report or prepaid statement
prints into the frozen desktop.documents data classes, and renders it."""
