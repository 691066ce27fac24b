# Strings of this site (Tech Co-ops Europe); they override the theme's.
site-title = Tech Co-ops Europe
site-tagline = A federation of national federations of tech co-operatives
menu-about = About
menu-news = News
menu-events = Events
menu-join = Join
menu-governance = Governance
menu-contact = Contact
menu-members = Members
menu-federations = Federations
