# Shown above a member's or federation's texts when they are not written in the page's language.
text-fallback-notice = This text is not available in English yet, so it is shown in the language it was written in.
