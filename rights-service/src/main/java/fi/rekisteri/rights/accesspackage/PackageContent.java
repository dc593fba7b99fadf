package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.rights.request.Language;

/** A produced package, as stored, and the language to render it in. */
public record PackageContent(String json, Language language) {}
