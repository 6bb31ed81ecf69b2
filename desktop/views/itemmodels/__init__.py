"""QAbstractItemModel adapters over service queries (`*TableModel`, `*ProxyModel`)."""
