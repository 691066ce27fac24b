site-title = Tech Co-ops Europe
site-tagline = Een federatie van nationale federaties van tech-coöperaties
menu-about = Over ons
menu-news = Nieuws
menu-events = Evenementen
menu-join = Lid worden
menu-governance = Bestuur
menu-contact = Contact
