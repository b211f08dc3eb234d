#include "profiles/profile.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Steward {

bool Transport::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Transport::needsInsecureConfirmation(const QUrl &url)
{
    return url.scheme() == QStringLiteral("http") && !isLoopback(url);
}

namespace {
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Profile)
};
} // namespace

QString profileNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return ProfileText::tr("The profile name is empty: give it a short name such as \"work\".");
    }
    if (name != name.trimmed()) {
        return ProfileText::tr("The profile name starts or ends with spaces: remove them.");
    }
    if (name.size() > 64) {
        return ProfileText::tr("The profile name is longer than 64 characters: choose a shorter one.");
    }
    for (const QChar c : name) {
        if (!c.isPrint() || c == u'/' || c == u'\\') {
            return ProfileText::tr(
                "The profile name contains \"/\", \"\\\" or a control character: use letters, digits, "
                "spaces, \"-\" or \"_\".");
        }
    }
    return {};
}

QUrl parseHomeserverAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' ')) {
        return {};
    }
    QUrl url = trimmed.contains(QStringLiteral("://")) ? QUrl(trimmed, QUrl::StrictMode)
                                                       : QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")
        || !url.userInfo().isEmpty()) {
        return {};
    }
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path() == u"/") {
        url.setPath(QString()); // StripTrailingSlash keeps a lone "/"
    }
    return url;
}

} // namespace Steward
