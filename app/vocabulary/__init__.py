"""Knowledge of English news text that more than one part of the pipeline reads (the page cleaner and the
extractors): each word list and each form is defined once, here, and imported where it is used."""
