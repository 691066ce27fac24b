# Kontrollierte Vokabulare: Genossenschaftsarten, Mitgliedsstatus, Vertragsarten, Beziehungen zwischen Verbänden und Sprachnamen.

coop-type-worker = Produktivgenossenschaft
coop-type-multi-stakeholder = Multi-Stakeholder-Genossenschaft
coop-type-producer = Produzentengenossenschaft
coop-type-consumer = Verbrauchergenossenschaft
coop-type-platform = Plattformgenossenschaft
coop-type-freelancer = Freelancer-Genossenschaft
coop-type-other = Sonstige Genossenschaft

status-active = Aktives Mitglied
status-applicant = Aufnahme beantragt
status-former = Ehemaliges Mitglied

contract-type-fixed-price = Festpreis
contract-type-time-and-materials = Nach Aufwand
contract-type-retainer = Monatliche Pauschale
contract-type-day-rate = Tagessatz
contract-type-pro-bono = Pro bono

relation-member = Mitglied
relation-forming = In Gründung
relation-observer = Beobachter
relation-sister = Schwesterverband
relation-parent = Dachorganisation

language-en = Englisch
language-fr = Französisch
language-nl = Niederländisch
language-de = Deutsch
language-es = Spanisch
language-it = Italienisch
language-pt = Portugiesisch
language-da = Dänisch
language-sv = Schwedisch
language-fi = Finnisch
language-pl = Polnisch
language-cs = Tschechisch
language-ca = Katalanisch
language-eu = Baskisch
language-gl = Galicisch
language-el = Griechisch
language-ro = Rumänisch
language-hu = Ungarisch
language-sk = Slowakisch
language-sl = Slowenisch
language-hr = Kroatisch
language-bg = Bulgarisch
language-et = Estnisch
language-lv = Lettisch
language-lt = Litauisch
language-ga = Irisch
language-mt = Maltesisch
language-lb = Luxemburgisch
language-no = Norwegisch
language-is = Isländisch
