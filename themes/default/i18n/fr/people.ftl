## Chiffres dans le temps, personnes, groupes de travail, presse et mentions légales.

figures-chart-title = Coopératives membres et leurs travailleurs par année
figures-chart-desc = Les coopératives membres sont passées de { $first_coops } en { $first_year } à { $last_coops } en { $last_year }, avec { $last_workers } travailleurs.
figures-table-caption = Coopératives membres et travailleurs à la fin de chaque année (cette année : aujourd’hui)
figures-year = Année
figures-coops = Coopératives membres
figures-workers = Travailleurs

role-council-member = Membre du conseil
role-delegate = Délégué·e
role-finance-committee = Comité financier
role-secretariat = Secrétariat
role-convenor = Animation de groupe de travail

governance-people-heading = Qui fait quoi
governance-groups-heading = Groupes de travail
person-languages = Langues
group-matrix = Salon Matrix
group-loomio = Groupe Loomio
group-members = Membres
group-back = ← Gouvernance
