# Geïmporteerde coöperaties (federa import): waar ze vandaan komen.
member-provenance = Vermeld door { $federation }, geïmporteerd op { $date }
