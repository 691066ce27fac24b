# Gecontroleerde vocabulaires: soorten coöperaties, lidmaatschapsstatussen, contractvormen, relaties tussen federaties en taalnamen.

coop-type-worker = Werknemerscoöperatie
coop-type-multi-stakeholder = Multistakeholdercoöperatie
coop-type-producer = Producentencoöperatie
coop-type-consumer = Consumentencoöperatie
coop-type-platform = Platformcoöperatie
coop-type-freelancer = Freelancerscoöperatie
coop-type-other = Andere coöperatie

status-active = Actief lid
status-applicant = Kandidaat-lid
status-former = Voormalig lid

contract-type-fixed-price = Vaste prijs
contract-type-time-and-materials = Op regiebasis
contract-type-retainer = Retainer
contract-type-day-rate = Dagtarief
contract-type-pro-bono = Pro bono

relation-member = Lid
relation-forming = In oprichting
relation-observer = Waarnemer
relation-sister = Zusterfederatie
relation-parent = Koepelorganisatie

language-en = Engels
language-fr = Frans
language-nl = Nederlands
language-de = Duits
language-es = Spaans
language-it = Italiaans
language-pt = Portugees
language-da = Deens
language-sv = Zweeds
language-fi = Fins
language-pl = Pools
language-cs = Tsjechisch
language-ca = Catalaans
language-eu = Baskisch
language-gl = Galicisch
language-el = Grieks
language-ro = Roemeens
language-hu = Hongaars
language-sk = Slowaaks
language-sl = Sloveens
language-hr = Kroatisch
language-bg = Bulgaars
language-et = Estisch
language-lv = Lets
language-lt = Litouws
language-ga = Iers
language-mt = Maltees
language-lb = Luxemburgs
language-no = Noors
language-is = IJslands
