# Vocabulaires contrôlés : types de coopératives, statuts d’adhésion, types de contrats, relations entre fédérations et noms de langues.

coop-type-worker = Coopérative de travail
coop-type-multi-stakeholder = Coopérative multi-sociétariale
coop-type-producer = Coopérative de producteurs
coop-type-consumer = Coopérative de consommateurs
coop-type-platform = Coopérative de plateforme
coop-type-freelancer = Coopérative de freelances
coop-type-other = Autre coopérative

status-active = Membre actif
status-applicant = Candidature en cours
status-former = Ancien membre

contract-type-fixed-price = Forfait
contract-type-time-and-materials = Régie
contract-type-retainer = Abonnement
contract-type-day-rate = Tarif journalier
contract-type-pro-bono = Pro bono

relation-member = Membre
relation-forming = En formation
relation-observer = Observateur
relation-sister = Fédération sœur
relation-parent = Organisation faîtière

language-en = Anglais
language-fr = Français
language-nl = Néerlandais
language-de = Allemand
language-es = Espagnol
language-it = Italien
language-pt = Portugais
language-da = Danois
language-sv = Suédois
language-fi = Finnois
language-pl = Polonais
language-cs = Tchèque
language-ca = Catalan
language-eu = Basque
language-gl = Galicien
language-el = Grec
language-ro = Roumain
language-hu = Hongrois
language-sk = Slovaque
language-sl = Slovène
language-hr = Croate
language-bg = Bulgare
language-et = Estonien
language-lv = Letton
language-lt = Lituanien
language-ga = Irlandais
language-mt = Maltais
language-lb = Luxembourgeois
language-no = Norvégien
language-is = Islandais
