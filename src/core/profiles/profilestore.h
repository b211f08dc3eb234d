#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace Steward {

/// The saved profiles, shared by steward and steward-cli through QSettings (organization and
/// application "steward"). Never holds a secret: tokens live in the CredentialStore.
class ProfileStore
{
public:
    /// The user's settings (QSettings "steward"/"steward").
    ProfileStore();
    /// An explicit INI file (tests, or a portable setup).
    explicit ProfileStore(const QString &iniFile);
    ~ProfileStore();

    QList<Profile> profiles() const; ///< sorted by name
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    /// The profile used most recently (empty when none or it was removed).
    QString lastUsedProfileName() const;
    /// Stamps lastUsed and makes it the default for the next start.
    void markUsed(const QString &name);

    /// Where the settings live (for messages and tests).
    QString fileName() const;
    void sync();

private:
    static QString groupFor(const QString &name);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Steward
