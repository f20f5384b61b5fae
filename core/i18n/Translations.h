#pragma once

#include "Language.h"

namespace infralab {

// Puts the interface in a language: our own strings (:/i18n/infralab_*.qm)
// and Qt's (qtbase_fr: dialog buttons, the command line's "Options:").
// Used by main() for the window and the command line alike, and by tests.
class Translations
{
public:
    // Replaces the translators installed before, so a test may switch back
    // and forth. Needs a QCoreApplication. Returns the language now in use.
    static Language install(Language choice);

    // The language install() last put in place (English before any).
    static Language current();

    // View > Language, kept in QSettings: applies the next time the app
    // starts, because widgets built in one language would stay half in it.
    static Language chosen();
    static void setChosen(Language choice);
};

} // namespace infralab
