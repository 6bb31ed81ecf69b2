"""Item delegates: how cells are painted and edited (`*Delegate`)."""
