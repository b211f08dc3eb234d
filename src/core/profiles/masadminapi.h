#pragma once

#include "apierror.h"
#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Steward {

class OAuthClient;

/// A MAS personal session: a personal access token's session (MAS admin API, personal-sessions).
struct MasPersonalSession
{
    QString id;
    QString name; ///< human_name
    QString scope;
    QDateTime createdAt;
    QDateTime expiresAt; ///< invalid: does not expire (or revoked)
    QDateTime revokedAt; ///< invalid: active
};

/// The subset of Matrix Authentication Service's admin API (MAS docs/api/spec.json, under
/// <issuer>/api/admin/v1) that Steward uses: needs a token with the scope urn:mas:admin.
class MasAdminApi : public QObject
{
    Q_OBJECT
public:
    MasAdminApi(QNetworkAccessManager *nam, const QUrl &issuer, const QString &token, QObject *parent = nullptr);

    void setPinnedCertificateSha256(const QByteArray &digest);

    /// The MAS user ID (a ULID) of a localpart.
    void userIdByUsername(const QString &localpart, std::function<void(const Result<QString> &)> done);
    /// The active personal sessions: every page (MAS pages its lists, following links.next).
    void listPersonalSessions(std::function<void(const Result<QList<MasPersonalSession>> &)> done);
    /// A new personal access token acting as actorUserId; expiresIn empty: it does not expire.
    /// done gets the session and the token (hand it to the keychain, never print it).
    void createPersonalSession(const QString &actorUserId, const QString &name, const QString &scope,
                               std::optional<int> expiresInSeconds,
                               std::function<void(const Result<std::pair<MasPersonalSession, QString>> &)> done);
    void revokePersonalSession(const QString &id, std::function<void(const ApiError &)> done);

private:
    QUrl endpoint(const QString &path) const;
    void listPersonalSessionsAfter(const QString &cursor, QList<MasPersonalSession> sofar,
                                   std::function<void(const Result<QList<MasPersonalSession>> &)> done);

    OAuthClient *m_http;
    QUrl m_issuer;
    QString m_token;
};

} // namespace Steward
