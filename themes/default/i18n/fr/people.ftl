## Chiffres dans le temps, personnes, groupes de travail, presse et mentions légales.

figures-chart-title = Coopératives membres et leurs travailleurs par année
figures-chart-desc = Les coopératives membres sont passées de { $first_coops } en { $first_year } à { $last_coops } en { $last_year }, avec { $last_workers } travailleurs.
figures-table-caption = Coopératives membres et travailleurs à la fin de chaque année (cette année : aujourd’hui)
figures-year = Année
figures-coops = Coopératives membres
figures-workers = Travailleurs
