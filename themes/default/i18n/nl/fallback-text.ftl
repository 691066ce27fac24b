text-fallback-notice = Deze tekst is nog niet in het Nederlands beschikbaar en wordt getoond in de taal waarin hij is geschreven.
