# Interface strings of the default theme. A site overrides any of them in i18n/en/.
language-native = English
site-title = A federation of tech co-ops
site-tagline = Tech co-operatives working together
skip-to-content = Skip to content
nav-main = Main menu
nav-languages = Languages
menu-home = Home
fallback-notice = This page has not been translated into English yet, so it is shown in its original language.
fallback-original-link = Read the original
section-empty = Nothing here yet.
not-found-title = Page not found
not-found-text = The page you were looking for does not exist, or has moved.
back-home = Back to the home page
redirect-title = This page has moved
redirect-text = This page has moved: follow this link.
footer-built-with = Built with federa, free software for co-operative federations.
