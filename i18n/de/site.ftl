site-title = Tech Co-ops Europe
site-tagline = Ein Verband der nationalen Verbände von Tech-Genossenschaften
menu-about = Über uns
menu-news = Neuigkeiten
menu-events = Veranstaltungen
menu-join = Mitglied werden
menu-governance = Governance
menu-contact = Kontakt
