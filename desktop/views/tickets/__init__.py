"""The helpdesk windows: the ticket queue, a ticket's own window with its
timeline and quick actions, the dialogs behind the actions, and the
knowledge base."""
