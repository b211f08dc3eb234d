#pragma once

#include <QTranslator>

class QCoreApplication;

namespace Steward {

/// Transitional, until the catalogues are carried over: the sources translate every string in its
/// class context now, but translations/*.ts still file 69 of them under the enclosing namespace
/// ("Steward", "Steward::Cli"), where the old local tr() helpers left them. On a miss, look the text up
/// in the enclosing namespaces too. scripts/move-translation-contexts.py moves those messages to their
/// contexts; after it has run on the catalogues, this class goes and plain QTranslators remain.
class NamespaceFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

/// Installs the English plural-only catalogue (translations/steward_en.ts: "%n user(s)" becomes
/// "1 user" / "2 users"), compiled into steward_core so the GUI and the CLI both have it. Installed
/// first, it is asked last: a German or French catalogue installed after it takes precedence.
/// The translator is a child of app (objectName "stewardTranslator").
bool installEnglishPlurals(QCoreApplication *app);

} // namespace Steward
