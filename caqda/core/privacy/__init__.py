"""Pseudonymisation: find identifying details, replace them consistently, keep the key apart.

- :mod:`.detect` lists candidates (names, e-mails, phones, ids, handles, URLs) with where and
  how each was found;
- :mod:`.rules` keeps the researcher's "always"/"never" strings in the project settings;
- :mod:`.replace` replaces the accepted ones in one transaction, remapping every offset;
- :mod:`.keyfile` writes and reads the passphrase-encrypted key (original ↔ pseudonym), which
  never goes into the project, and re-identifies a passage with it.
"""
