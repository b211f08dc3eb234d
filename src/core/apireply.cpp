#include "apireply.h"

#include "apiservice.h"

#include <QNetworkReply>

namespace Steward {

ApiReply::ApiReply(ApiService *service, ApiRequest request)
    : QObject(service)
    , m_service(service)
    , m_request(std::move(request))
{ }

ApiReply::~ApiReply()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
    // m_exchange and m_diagnosis are children: they abort with us.
}

void ApiReply::cancel()
{
    if (m_finished || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    if (m_service) {
        m_service->cancelReply(this);
    }
}

} // namespace Steward
