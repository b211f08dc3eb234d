#include "englishplurals.h"

#include <QCoreApplication>

namespace Steward {

bool installEnglishPlurals(QCoreApplication *app)
{
    auto *en = new QTranslator(app);
    en->setObjectName(QStringLiteral("stewardTranslator"));
    if (en->load(QStringLiteral(":/i18n/plurals/steward_en.qm"))) {
        QCoreApplication::installTranslator(en);
        return true;
    }
    delete en;
    return false;
}

} // namespace Steward
