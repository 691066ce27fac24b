# De pagina met de stand van de vertalingen (translation-status/): voor vrijwillige vertalers.
status-title = Stand van de vertalingen
status-intro = Wat er per taal nog ontbreekt, en de vertalingen waarvan het origineel sindsdien is gewijzigd. `federa check --verbose` geeft dezelfde lijst met regelnummers.
status-language = Taal
status-messages = Teksten van de interface
status-pages = Pagina’s
status-summaries = Samenvattingen van leden
status-descriptions = Beschrijvingen van leden
status-federation-texts = Teksten van federaties
status-cell = { $percent }% ({ $translated }/{ $total })
status-stale = Mogelijk verouderd
status-stale-since = { $original } is gewijzigd sinds de vertaling
status-create = maak { $file } aan
status-complete = Elke taal heeft alle teksten en pagina’s.
status-more = { $count ->
    [one] En nog één: `federa check --verbose` toont ze allemaal.
   *[other] En nog { $count }: `federa check --verbose` toont ze allemaal.
}
