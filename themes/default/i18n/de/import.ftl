# Importierte Genossenschaften (federa import): ihre Herkunft.
member-provenance = Gelistet von { $federation }, importiert am { $date }
