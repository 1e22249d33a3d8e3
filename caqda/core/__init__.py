"""The caqda core: storage, import, codebook and coding. No Qt import below this package."""
