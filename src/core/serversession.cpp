#include "serversession.h"

namespace Steward {

ServerSession::ServerSession(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_api(new ApiService(nam, this))
{
    connect(m_api, &ApiService::authenticationFailed, this, [this](const ApiError &error) {
        if (m_state == State::Connected) {
            Q_EMIT signInRequired(error);
        }
    });
}

void ServerSession::open(const QUrl &baseUrl, const QString &token, bool requireAdmin)
{
    close();
    m_api->setBaseUrl(baseUrl);
    m_api->setAccessToken(token);
    m_status = ServerStatus();
    m_status.baseUrl = baseUrl;
    m_error = ApiError();
    m_probe = new ServerProbe(m_api, this);
    connect(m_probe, &ServerProbe::finished, this, [this](const Result<ServerStatus> &result) {
        m_probe->deleteLater();
        if (result.ok()) {
            m_status = result.value();
            setState(State::Connected);
        } else {
            m_error = result.error();
            setState(State::Failed);
        }
    });
    setState(State::Connecting);
    m_probe->start(requireAdmin);
}

void ServerSession::close()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe->deleteLater();
    }
    m_api->cancelAll();
    m_api->setAccessToken(QString());
    if (m_state != State::Disconnected) {
        setState(State::Disconnected);
    }
}

void ServerSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Steward
