#include "profiles/profilestore.h"

#include "stewardlogging_profiles.h"

#include <QSettings>

namespace Steward {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("lastUsedProfile");
} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("steward"), QStringLiteral("steward")))
{ }

ProfileStore::ProfileStore(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::groupFor(const QString &name)
{
    // Percent-encoding keeps "/" and other separators out of the settings key.
    return kProfiles + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kProfiles);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString &g : groups) {
        if (auto p = profile(QUrl::fromPercentEncoding(g.toLatin1()))) {
            result << *p;
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty() || !contains(name)) {
        return std::nullopt;
    }
    m_settings->beginGroup(groupFor(name));
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
    p.serverName = m_settings->value(QStringLiteral("serverName")).toString();
    p.userId = m_settings->value(QStringLiteral("userId")).toString();
    p.deviceId = m_settings->value(QStringLiteral("deviceId")).toString();
    p.lastUsed = m_settings->value(QStringLiteral("lastUsed")).toDateTime();
    p.allowInsecureHttp = m_settings->value(QStringLiteral("allowInsecureHttp"), false).toBool();
    p.pinnedCertificateSha256 =
        QByteArray::fromHex(m_settings->value(QStringLiteral("pinnedCertificateSha256")).toByteArray());
    m_settings->endGroup();
    return p;
}

bool ProfileStore::contains(const QString &name) const
{
    return m_settings->contains(groupFor(name) + QStringLiteral("/baseUrl"));
}

void ProfileStore::save(const Profile &p)
{
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("serverName"), p.serverName);
    m_settings->setValue(QStringLiteral("userId"), p.userId);
    m_settings->setValue(QStringLiteral("deviceId"), p.deviceId);
    m_settings->setValue(QStringLiteral("lastUsed"), p.lastUsed);
    m_settings->setValue(QStringLiteral("allowInsecureHttp"), p.allowInsecureHttp);
    if (p.pinnedCertificateSha256.isEmpty()) {
        m_settings->remove(QStringLiteral("pinnedCertificateSha256"));
    } else {
        m_settings->setValue(QStringLiteral("pinnedCertificateSha256"),
                             QString::fromLatin1(p.pinnedCertificateSha256.toHex()));
    }
    m_settings->endGroup();
    m_settings->sync();
    qCDebug(lcProfiles) << "saved profile" << p.name << p.baseUrl.toDisplayString();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(groupFor(name));
    if (lastUsedProfileName() == name) {
        m_settings->remove(kLastUsed);
    }
    m_settings->sync();
    qCDebug(lcProfiles) << "removed profile" << name;
}

QString ProfileStore::lastUsedProfileName() const
{
    const QString name = m_settings->value(kLastUsed).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::markUsed(const QString &name)
{
    if (!contains(name)) {
        return;
    }
    m_settings->setValue(groupFor(name) + QStringLiteral("/lastUsed"), QDateTime::currentDateTimeUtc());
    m_settings->setValue(kLastUsed, name);
    m_settings->sync();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::sync()
{
    m_settings->sync();
}

} // namespace Steward
