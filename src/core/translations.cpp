#include "translations.h"

#include "englishplurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Steward {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // Switching languages: the catalogues installed before go.
    for (QTranslator *old :
         app->findChildren<QTranslator *>(QStringLiteral("stewardTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // English plural forms first: searched last, so German or French override them.
    installEnglishPlurals(app);
    auto *qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("stewardTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator(app);
    own->setObjectName(QStringLiteral("stewardTranslator"));
    if (own->load(locale, QStringLiteral("steward"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace Steward
