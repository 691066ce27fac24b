# Vocabulaires contrôlés : types de coopératives, statuts d’adhésion, types de contrats, relations entre fédérations et noms de langues.

coop-type-worker = Coopérative de travail
coop-type-multi-stakeholder = Coopérative multi-sociétariale
coop-type-producer = Coopérative de producteurs
coop-type-consumer = Coopérative de consommateurs
coop-type-platform = Coopérative de plateforme
coop-type-freelancer = Coopérative d’activité et d’emploi
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

language-en = anglais
language-fr = français
language-nl = néerlandais
language-de = allemand
language-es = espagnol
language-it = italien
language-pt = portugais
language-da = danois
language-sv = suédois
language-fi = finnois
language-pl = polonais
language-cs = tchèque
language-ca = catalan
language-eu = basque
language-gl = galicien
language-el = grec
language-ro = roumain
language-hu = hongrois
language-sk = slovaque
language-sl = slovène
language-hr = croate
language-bg = bulgare
language-et = estonien
language-lv = letton
language-lt = lituanien
language-ga = irlandais
language-mt = maltais
language-lb = luxembourgeois
language-no = norvégien
language-is = islandais
