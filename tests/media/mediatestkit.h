#pragma once

#include "apiservice.h"
#include "testserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QString>

/// Builds a media scenario on the real Synapse: fresh users upload files, some before a recorded
/// cutoff and some after it. Tests may speak HTTP directly here; the code under test may not.
class MediaTestKit
{
public:
    MediaTestKit(const StewardTest::TestServer &server, QNetworkAccessManager *nam, Steward::ApiService *adminApi);

    struct Reply
    {
        bool ok = false;
        QJsonObject object;
        QString error;
    };
    Reply call(const Steward::ApiRequest &request);

    QString createUser(const QString &localpart);
    QString tokenFor(const QString &userId);
    /// Uploads size bytes as userToken's user; returns the media ID (empty on failure, with a QWARN).
    QString upload(const QString &token, int size, const QString &name);
    QSet<QString> mediaIdsOf(const QString &userId);
    bool setAvatar(const QString &userId, const QString &mediaId);
    bool protect(const QString &mediaId);
    bool quarantine(const QString &mediaId);
    /// Protects every media file the seed manifest lists, so server-wide purges in these tests leave
    /// the fixture's data alone.
    bool protectSeededMedia();

    /// One scenario: user A uploads oldPlain (2000 B), oldSmall (300 B), oldAvatar (1500 B, A's avatar),
    /// oldQuarantined, oldProtected; user B uploads oldB (5000 B); then the cutoff is taken; then A
    /// uploads newPlain and B newB.
    struct Scenario
    {
        QString userA, userB;
        QString oldPlain, oldSmall, oldAvatar, oldQuarantined, oldProtected, oldB, newPlain, newB;
        qint64 cutoffMs = 0; ///< whole seconds, so a DATE THH:MM:SS text can express it exactly
        QString error;
        QSet<QString> allOfA() const
        {
            return { oldPlain, oldSmall, oldAvatar, oldQuarantined, oldProtected, newPlain };
        }
    };
    Scenario makeScenario(const QString &tag);

private:
    StewardTest::TestServer m_server;
    QNetworkAccessManager *m_nam;
    Steward::ApiService *m_api;
};
