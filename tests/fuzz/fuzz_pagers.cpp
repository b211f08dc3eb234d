// libFuzzer target: everything that pages through a listing (the users pager and users export, the
// external-ID scan, the media purge estimate) against a hostile server. The first byte picks the
// component; the rest is a list of answers separated by NUL bytes, and request i gets answer i modulo
// their number, so the fuzzer can make next_token stand still, go backwards, overflow or repeat. Each
// component must stop (finished or failed) within a bounded number of requests: answers that repeat can
// never be an endless listing.
#include "fuzzsupport.h"

#include "apiservice.h"
#include "externalids/externalidscanner.h"
#include "media/mediapurgeestimator.h"
#include "users/userexport.h"
#include "users/userpager.h"

#include <QBuffer>

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

const char *const names[] = { "users pager", "users export", "external-ID scan", "media purge estimate" };
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    StewardFuzz::app();
    const int which = data[0] % 4;
    PageNetwork network;
    network.pages = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)).split('\0');
    ApiService api(&network);
    api.setBaseUrl(QUrl(QStringLiteral("http://fuzz.invalid")));
    api.setAccessToken(QStringLiteral("fuzz-token"));
    RetryPolicy policy;
    policy.maxTransientRetries = 0;
    policy.maxRateLimitRetries = 0;
    api.setRetryPolicy(policy);

    bool stopped = false;
    QObject ctx;
    UserPager pager(&api);
    UserExport exporter(&api);
    ExternalIdScanner scanner(&api);
    MediaPurgeEstimator estimator(&api);
    QBuffer sink;
    switch (which) {
    case 0:
        pager.setPageSize(3);
        pager.setOverlap(1);
        QObject::connect(&pager, &UserPager::rowsArrived, &ctx, [&pager, &stopped]() {
            if (pager.atEnd()) {
                stopped = true;
            } else {
                pager.fetchNext();
            }
        });
        QObject::connect(&pager, &UserPager::failed, &ctx, [&stopped]() { stopped = true; });
        pager.fetchNext();
        break;
    case 1:
        exporter.setPageSize(3);
        sink.open(QIODevice::WriteOnly);
        QObject::connect(&exporter, &UserExport::finished, &ctx, [&stopped]() { stopped = true; });
        exporter.start(&sink);
        break;
    case 2:
        QObject::connect(&scanner, &ExternalIdScanner::finished, &ctx, [&stopped]() { stopped = true; });
        scanner.start(true);
        break;
    default: {
        MediaPurgeCriteria criteria;
        criteria.beforeTs = 1700000000000;
        QObject::connect(&estimator, &MediaPurgeEstimator::finished, &ctx, [&stopped]() { stopped = true; });
        estimator.start(criteria);
        break;
    }
    }
    while (!stopped && network.requests < maxRequests) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    if (!stopped) {
        std::fprintf(stderr, "%s did not stop after %d requests over %d distinct answers\n", names[which],
                     network.requests, int(network.pages.size()));
        std::abort();
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
