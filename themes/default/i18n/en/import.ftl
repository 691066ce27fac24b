# Imported co-ops (federa import): where a co-op listed by another site comes from.
member-provenance = Listed by { $federation }, imported { $date }
