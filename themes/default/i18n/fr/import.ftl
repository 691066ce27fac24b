# Coopératives importées (federa import) : leur provenance.
member-provenance = Référencée par { $federation }, importée le { $date }
