# Controlled vocabularies: co-op types, membership statuses, contract types, federation relations and language names.

coop-type-worker = Worker co-operative
coop-type-multi-stakeholder = Multi-stakeholder co-operative
coop-type-producer = Producer co-operative
coop-type-consumer = Consumer co-operative
coop-type-platform = Platform co-operative
coop-type-freelancer = Freelancer co-operative
coop-type-other = Other co-operative

status-active = Active member
status-applicant = Applicant
status-former = Former member

contract-type-fixed-price = Fixed price
contract-type-time-and-materials = Time and materials
contract-type-retainer = Retainer
contract-type-day-rate = Day rate
contract-type-pro-bono = Pro bono

relation-member = Member
relation-forming = Forming
relation-observer = Observer
relation-sister = Sister federation
relation-parent = Parent organisation

language-en = English
language-fr = French
language-nl = Dutch
language-de = German
language-es = Spanish
language-it = Italian
language-pt = Portuguese
language-da = Danish
language-sv = Swedish
language-fi = Finnish
language-pl = Polish
language-cs = Czech
language-ca = Catalan
language-eu = Basque
language-gl = Galician
language-el = Greek
language-ro = Romanian
language-hu = Hungarian
language-sk = Slovak
language-sl = Slovenian
language-hr = Croatian
language-bg = Bulgarian
language-et = Estonian
language-lv = Latvian
language-lt = Lithuanian
language-ga = Irish
language-mt = Maltese
language-lb = Luxembourgish
language-no = Norwegian
language-is = Icelandic
