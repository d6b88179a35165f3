#pragma once

namespace strongtrust {

// Installs the application's translations: British English (which carries
// the plural forms of the English source text) and then, when there is one,
// the translation for the user's language on top.
void installTranslations();

} // namespace strongtrust
