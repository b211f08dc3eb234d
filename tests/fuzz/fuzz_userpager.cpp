// libFuzzer target: the users pager (users export, the users view) against a hostile server. The input
// is a list of pages separated by NUL bytes; request i gets page i modulo their number, so the fuzzer
// can make next_token stand still, go backwards, overflow or repeat. The pager must stop (at the end or
// with an error) within a bounded number of requests: pages that repeat can never be an endless listing.
#include "fuzzsupport.h"

#include "apiservice.h"
#include "userpager.h"

#include <cstdio>
#include <cstdlib>

using namespace Steward;

namespace {
constexpr int maxRequests = 1000;

class PageNetwork : public QNetworkAccessManager
{
public:
    QList<QByteArray> pages;
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *) override
    {
        StewardFuzz::Answer answer;
        answer.body = pages.at(requests++ % pages.size());
        return new StewardFuzz::FuzzReply(op, request, answer, this);
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StewardFuzz::app();
    PageNetwork network;
    network.pages = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    ApiService api(&network);
    api.setBaseUrl(QUrl(QStringLiteral("http://fuzz.invalid")));
    api.setAccessToken(QStringLiteral("fuzz-token"));
    RetryPolicy policy;
    policy.maxTransientRetries = 0;
    policy.maxRateLimitRetries = 0;
    api.setRetryPolicy(policy);

    UserPager pager(&api);
    pager.setPageSize(3);
    pager.setOverlap(1);
    bool failed = false;
    QObject::connect(&pager, &UserPager::rowsArrived, &pager, [&pager]() { pager.fetchNext(); });
    QObject::connect(&pager, &UserPager::failed, &pager, [&failed]() { failed = true; });
    pager.fetchNext();
    while (!failed && !pager.atEnd() && network.requests < maxRequests) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    if (!failed && !pager.atEnd()) {
        std::fprintf(stderr, "users pager did not stop after %d requests over %d distinct pages\n", network.requests,
                     int(network.pages.size()));
        std::abort();
    }
    pager.cancel();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
