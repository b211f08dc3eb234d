#pragma once

#include "apierror.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Steward {

class ApiService;
class OAuthClient;

/// A user as MAS sees it (MAS admin API, users): MAS's lock, deactivation and admin flag are its
/// own; Synapse mirrors lock and deactivation, MAS's admin flag means "may request admin rights".
struct MasUser
{
    QString id; ///< MAS's user ID (a ULID)
    QString username; ///< the localpart
    QDateTime lockedAt; ///< invalid: not locked
    QDateTime deactivatedAt; ///< invalid: active
    bool admin = false;

    bool locked() const { return lockedAt.isValid(); }
    bool deactivated() const { return deactivatedAt.isValid(); }
};

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
    /// With the service's network access manager, certificate pin and token (read for every request
    /// of the user calls below, so a refreshed token is used).
    MasAdminApi(ApiService *service, const QUrl &issuer, QObject *parent = nullptr);

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

    /// A user by localpart; nullopt when MAS has no such user (404).
    void userByUsername(const QString &localpart, std::function<void(const Result<std::optional<MasUser>> &)> done);
    /// A user by MAS user ID.
    void user(const QString &masUserId, std::function<void(const Result<MasUser> &)> done);
    /// The user actions; done gets the user as MAS has it afterwards.
    void lockUser(const QString &masUserId, std::function<void(const Result<MasUser> &)> done);
    void unlockUser(const QString &masUserId, std::function<void(const Result<MasUser> &)> done);
    /// MAS also asks the homeserver to deactivate; erase: the homeserver GDPR-erases too
    /// (MAS's skip_erase is the opposite).
    void deactivateUser(const QString &masUserId, bool erase, std::function<void(const Result<MasUser> &)> done);
    void reactivateUser(const QString &masUserId, std::function<void(const Result<MasUser> &)> done);
    /// MAS's admin flag: whether the user may request admin rights (urn:synapse:admin:*, urn:mas:admin).
    void setUserAdmin(const QString &masUserId, bool admin, std::function<void(const Result<MasUser> &)> done);
    /// MAS checks the password's strength (400 with its reason when too weak).
    void setUserPassword(const QString &masUserId, const QString &password, std::function<void(const ApiError &)> done);

    /// Why user changes are unavailable on a server delegating to MAS when the token lacks
    /// urn:mas:admin, and how to get it.
    static QString missingScopeReason();

    /// Whether user changes on api's server go to MAS, and can: the server's MAS issuer (empty when
    /// the server does not delegate), and, when it does, whether this token may use MAS's admin API
    /// (asked by reading selfUserId's MAS account).
    struct Access
    {
        QUrl issuer; ///< empty: the server does not delegate to MAS
        bool adminApi = false; ///< the token holds urn:mas:admin
        QString reason; ///< when delegating without adminApi: why and what to do
        bool delegated() const { return !issuer.isEmpty(); }
    };
    static void probeAccess(ApiService *api, const QString &selfUserId, QObject *ctx,
                            std::function<void(const Result<Access> &)> done);

private:
    QUrl endpoint(const QString &path) const;
    void listPersonalSessionsAfter(const QString &cursor, QList<MasPersonalSession> sofar,
                                   std::function<void(const Result<QList<MasPersonalSession>> &)> done);
    QString token() const;
    void userAction(const QString &masUserId, const char *action, const QJsonObject &body,
                    std::function<void(const Result<MasUser> &)> done);

    OAuthClient *m_http;
    QUrl m_issuer;
    QString m_token;
    QPointer<ApiService> m_service;
};

} // namespace Steward
