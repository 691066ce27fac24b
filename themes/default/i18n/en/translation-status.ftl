# The translation-status page (translation-status/): for volunteer translators.
status-title = Translation status
status-intro = What each language still lacks, and the translations whose original changed since they were written. Run `federa check --verbose` for the same list with line numbers.
status-language = Language
status-messages = Interface messages
status-pages = Pages
status-summaries = Member summaries
status-descriptions = Member descriptions
status-federation-texts = Federation texts
status-cell = { $percent }% ({ $translated }/{ $total })
status-stale = May be out of date
status-stale-since = { $original } changed since it was translated
status-create = create { $file }
status-complete = Every language has every message, page and text.
status-more = { $count ->
    [one] And one more: `federa check --verbose` lists them all.
   *[other] And { $count } more: `federa check --verbose` lists them all.
}
